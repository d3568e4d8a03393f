import { describe, expect, it } from 'vitest';
import { accountThrottleKey, addressSubject, addressThrottleKey } from './throttle-keys.ts';

describe('throttle keys', () => {
  it('hash the normalised e-mail and the address: nothing in clear', () => {
    const k = accountThrottleKey('  Planner@City.Sapporo.JP ');
    expect(k).toEqual(accountThrottleKey('planner@city.sapporo.jp'));
    expect(k.key).toMatch(/^account:[0-9a-f]{64}$/);
    expect(k.key).not.toContain('planner');
    const a = addressThrottleKey('192.0.2.7');
    expect(a.key).toMatch(/^address:[0-9a-f]{64}$/);
    expect(a.key).not.toContain('192');
  });

  it('count an IPv6 client by its /64 and an IPv4-mapped address as IPv4', () => {
    expect(addressSubject('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressSubject('2001:DB8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressSubject('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressSubject('::1')).toBe('0:0:0:0::/64');
    expect(addressSubject('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressSubject('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressSubject('::ffff:c000:207')).toBe('192.0.2.7');
    expect(addressThrottleKey('::ffff:192.0.2.7')).toEqual(addressThrottleKey('192.0.2.7'));
    expect(addressSubject('')).toBe('unknown');
    expect(addressSubject('unknown')).toBe('unknown');
  });
});
