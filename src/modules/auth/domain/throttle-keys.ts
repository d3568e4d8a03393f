/**
 * Keys of the sign-in throttle: SHA-256 of the normalised e-mail ('account:…') and of the
 * client's network ('address:…'), so that neither e-mail addresses nor IP addresses are stored
 * in clear. An IPv6 client is counted by its /64 (one household or server usually holds a
 * whole /64, so counting single addresses would not slow anyone down); an IPv4-mapped IPv6
 * address counts as the IPv4 address.
 */
import { createHash } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import type { ThrottleKind } from './throttle-policy.ts';

export interface ThrottleKey {
  kind: ThrottleKind;
  key: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** How users.email stores an address (the throttle must count 'A@x' and ' a@x' as one). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The eight 16-bit groups of an IPv6 address (zone id dropped), or null. */
function ipv6Groups(address: string): number[] | null {
  let a = address.split('%')[0]!;
  if (!isIPv6(a)) return null;
  // A trailing dotted IPv4 part (::ffff:192.0.2.1) becomes two groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (v4) {
    const [p, q, r, s] = v4[1]!.split('.').map(Number) as [number, number, number, number];
    a = `${a.slice(0, -v4[1]!.length)}${((p << 8) | q).toString(16)}:${((r << 8) | s).toString(16)}`;
  }
  const [head, tail] = a.includes('::') ? (a.split('::') as [string, string]) : [a, null];
  const h = head ? head.split(':') : [];
  const t = tail === null ? [] : tail ? tail.split(':') : [];
  const fill = tail === null ? [] : Array<string>(8 - h.length - t.length).fill('0');
  const groups = [...h, ...fill, ...t].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/** What the address throttle counts: the IPv4 address, an IPv6 /64, or the text as given. */
export function addressSubject(address: string): string {
  const a = address.trim().toLowerCase();
  if (isIPv4(a)) return a;
  const g = ipv6Groups(a);
  if (!g) return a || 'unknown';
  const isMapped = g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff;
  if (isMapped) return `${g[6]! >> 8}.${g[6]! & 0xff}.${g[7]! >> 8}.${g[7]! & 0xff}`;
  return `${g
    .slice(0, 4)
    .map((x) => x.toString(16))
    .join(':')}::/64`;
}

export function accountThrottleKey(email: string): ThrottleKey {
  return { kind: 'account', key: `account:${sha256(normalizeEmail(email))}` };
}

export function addressThrottleKey(address: string): ThrottleKey {
  return { kind: 'address', key: `address:${sha256(addressSubject(address))}` };
}
