import ipaddr from 'ipaddr.js';

/**
 * The bucket a client address counts in for rate limits: an IPv4 address on its own (a venue's
 * NAT shares one), an IPv6 address by its /64, since one household or venue network holds a
 * whole /64 and picks new addresses in it at will, and an IPv4-mapped IPv6 address as the IPv4
 * address it maps. Anything that is no address (a socket without one) is its own bucket.
 */
export function addressBucket(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const network = new ipaddr.IPv6([...(parsed as ipaddr.IPv6).parts.slice(0, 4), 0, 0, 0, 0]);
  return `${network.toString()}/64`;
}
