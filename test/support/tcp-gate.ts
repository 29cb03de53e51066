import type { AddressInfo } from 'node:net';
import { createConnection, createServer, type Socket } from 'node:net';

export interface TcpGate {
  /** The port to connect to instead of the target's. */
  port: number;
  /** Drops every connection through the gate and refuses new ones (ECONNREFUSED), as a stopped database would. */
  cut: () => Promise<void>;
  /** Lets connections through again, on the same port. */
  open: () => Promise<void>;
  close: () => Promise<void>;
}

/** A TCP port on 127.0.0.1 that forwards to `target` until it is cut: a database that goes away and comes back. */
export async function tcpGate(target: { host: string; port: number }): Promise<TcpGate> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection(target);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) =>
    new Promise<number>((resolve) =>
      server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
    );
  const port = await listen(0);
  const cut = async () => {
    for (const socket of sockets) socket.destroy();
    if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return {
    port,
    cut,
    open: async () => {
      await listen(port);
    },
    close: cut,
  };
}
