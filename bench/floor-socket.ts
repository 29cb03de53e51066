import WebSocket from 'ws';

/** A plain WebSocket to the floor's bare `ws` server (the baseline the benches compare with), once it is open. */
export function openFloorSocket(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}
