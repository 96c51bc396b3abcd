// Which address a request came from. The socket's peer is the only address nobody can forge; with
// TRUSTED_PROXIES=N the server sits behind N proxies that each append the address they saw to
// X-Forwarded-For, so the client is the entry N from the right of (header + socket). Anything a
// client wrote further left is ignored. Kept free of Node imports: request.ts uses it everywhere.

/** Set by the server (scripts/serve.ts) on every request, after removing any copy a client sent. */
export const CLIENT_ADDRESS_HEADER = 'x-memberline-client-address';
/** Set in the server's environment to say that CLIENT_ADDRESS_HEADER was written by the server. */
export const CLIENT_ADDRESS_FLAG = 'MEMBERLINE_CLIENT_ADDRESS_HEADER';

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9a-f:.]{2,45}$/i;

/** An IP address in a canonical short form, or null for anything else (ports, names, junk). */
export function normalizeAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let value = raw.trim();
  if (value.startsWith('[') && value.includes(']')) value = value.slice(1, value.indexOf(']'));
  value = value.replace(/%[\w.]+$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped) value = mapped[1]!;
  if (IPV4.test(value)) return value;
  if (IPV6.test(value) && (value.match(/:/g) ?? []).length >= 2 && (value.match(/::/g) ?? []).length <= 1) return value.toLowerCase();
  return null;
}

/** The number of proxies in front of the server whose X-Forwarded-For is to be trusted. */
export function trustedProxyCount(value: string | undefined = process.env.TRUSTED_PROXIES): number {
  const n = Number(value ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

export function clientAddress(input: { socket: string | undefined | null; forwardedFor: string | string[] | undefined | null; trustedProxies: number }): string {
  const socket = normalizeAddress(input.socket) ?? 'unknown';
  if (input.trustedProxies === 0) return socket;
  const header = Array.isArray(input.forwardedFor) ? input.forwardedFor.join(',') : (input.forwardedFor ?? '');
  // At most as many entries as there are proxies: the rest were written by the client.
  const chain = [...header.split(',').map((s) => s.trim()).filter(Boolean).slice(-input.trustedProxies), input.socket ?? ''];
  const index = Math.max(0, chain.length - 1 - input.trustedProxies);
  return normalizeAddress(chain[index]) ?? socket;
}
