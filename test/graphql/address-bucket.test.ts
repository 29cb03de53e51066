import { describe, expect, it } from 'vitest';
import { addressBucket } from '../../server/graphql/address-bucket';

describe('the address bucket a client counts in', () => {
  it('keeps IPv4 addresses apart, each on its own', () => {
    expect(addressBucket('198.51.100.7')).toBe('198.51.100.7');
    expect(addressBucket('198.51.100.8')).not.toBe(addressBucket('198.51.100.7'));
  });

  it('counts an IPv4-mapped IPv6 address as the IPv4 address it maps', () => {
    expect(addressBucket('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(addressBucket('::FFFF:c633:6407')).toBe('198.51.100.7');
  });

  it('counts every IPv6 address of one /64 as one, however it is written', () => {
    const bucket = addressBucket('2001:db8:a:b::1');
    expect(bucket).toBe('2001:db8:a:b::/64');
    expect(addressBucket('2001:db8:a:b:ffff:ffff:ffff:ffff')).toBe(bucket);
    expect(addressBucket('2001:0DB8:000A:000B:1:2:3:4')).toBe(bucket);
    expect(addressBucket('2001:db8:a:c::1'), 'the next /64').not.toBe(bucket);
    expect(addressBucket('fe80::1%eth0'), 'with a zone').toBe('fe80::/64');
  });

  it('leaves what is no address as it is', () => {
    expect(addressBucket('unknown')).toBe('unknown');
    expect(addressBucket('internal')).toBe('internal');
  });
});
