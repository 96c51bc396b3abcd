// Facts about the current request that auth needs: client address, protocol, path.
export type RequestFacts = { ip: string; secure: boolean; path: string; actionId: string | null };

/** Set by proxy.ts on every request it sees, so server code knows the URL being served. */
export const PATH_HEADER = 'x-memberline-path';

export function requestFacts(h: Headers): RequestFacts {
  // The right-most forwarded address is the one added by the nearest proxy, not by the client.
  const forwarded = h.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
  const ip = forwarded.at(-1) || h.get('x-real-ip') || 'unknown';
  const secure = h.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
  return { ip, secure, path: h.get(PATH_HEADER) || '/', actionId: h.get('next-action') };
}

/** Only same-site paths may be a redirect target after sign-in. */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/sign-in') || next.startsWith('/sign-out')) return '/';
  return next.slice(0, 2000);
}
