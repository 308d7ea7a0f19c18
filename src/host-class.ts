/**
 * Which kind of non-public host a URL names, for the warning a webhook URL at one gets: a
 * provider delivers from the internet, so such a URL only works for a simulator or a test.
 * @module
 */

/** A host no internet sender can reach. */
export type NonPublicHostClass = 'loopback' | 'private' | 'link-local';

function ipv4Class(octets: readonly number[]): NonPublicHostClass | undefined {
  const [a = -1, b = -1] = octets;
  if (a === 127) return 'loopback';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 169 && b === 254) return 'link-local';
  return undefined;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
// The URL parser writes an IPv4-mapped address in hex: [::ffff:127.0.0.1] becomes [::ffff:7f00:1].
const MAPPED_IPV4 = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/;

function ipv6Class(address: string): NonPublicHostClass | undefined {
  if (address === '::1') return 'loopback';
  const mapped = MAPPED_IPV4.exec(address);
  if (mapped) {
    const high = Number.parseInt(mapped[1]!, 16);
    const low = Number.parseInt(mapped[2]!, 16);
    return ipv4Class([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  }
  // The URL parser's serialization has no leading zeros, so a first group under 4 digits is below 0x1000.
  const first = address.startsWith(':') ? 0 : Number.parseInt(address.split(':')[0]!, 16);
  if ((first & 0xfe00) === 0xfc00) return 'private'; // fc00::/7, unique local
  if ((first & 0xffc0) === 0xfe80) return 'link-local'; // fe80::/10
  return undefined;
}

/**
 * The class of `url`'s host when it is `localhost` (or a `.localhost` name), a loopback, private
 * (10/8, 172.16/12, 192.168/16, fc00::/7) or link-local (169.254/16, fe80::/10) address;
 * `undefined` for a public host or a URL that does not parse. Names other than `localhost` are
 * not resolved: what they point at is the provider's DNS to decide.
 *
 * @example
 * nonPublicHostClass('https://192.168.1.20/hooks') // 'private'
 */
export function nonPublicHostClass(url: string): NonPublicHostClass | undefined {
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (hostname.startsWith('[')) return ipv6Class(hostname.slice(1, -1));
  const ipv4 = IPV4.exec(hostname);
  if (ipv4) return ipv4Class(ipv4.slice(1).map(Number));
  const name = hostname.replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost') ? 'loopback' : undefined;
}
