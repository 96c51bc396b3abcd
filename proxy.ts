// Runs before every page and action: a fresh CSP nonce, the security headers, no caching of editor
// pages, and an early sign-in redirect for editor URLs. It is never the only check: every action
// and editor page checks the session itself (lib/auth/session.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { isEditorPath, isPrivatePath } from '@/lib/auth/editor-paths';
import { contentSecurityPolicy, isHttpsSite, newNonce, STATIC_SECURITY_HEADERS } from '@/lib/auth/headers';
import { PATH_HEADER } from '@/lib/auth/request';

const SESSION_COOKIES = ['memberline.session_token', '__Secure-memberline.session_token'];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const secure = isHttpsSite();
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  const isRead = request.method === 'GET' || request.method === 'HEAD';

  if (isRead && isEditorPath(pathname) && !hasSession) {
    const url = request.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return withSecurityHeaders(NextResponse.redirect(url, 303), newNonce(), secure, true);
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { secure, dev: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the CSP request header and puts it on its own scripts.
  requestHeaders.set('Content-Security-Policy', csp);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set(PATH_HEADER, pathname + search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  return withSecurityHeaders(response, nonce, secure, isPrivatePath(pathname) || hasSession, csp);
}

function withSecurityHeaders(response: NextResponse, nonce: string, secure: boolean, noStore: boolean, csp?: string) {
  response.headers.set('Content-Security-Policy', csp ?? contentSecurityPolicy(nonce, { secure, dev: false }));
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  if (secure) response.headers.set('Strict-Transport-Security', 'max-age=31536000');
  if (noStore) response.headers.set('Cache-Control', 'no-store');
  return response;
}

export const config = {
  matcher: [
    // Everything but build assets, which carry no page and no nonce.
    { source: '/((?!_next/static|_next/image|favicon.ico).*)' },
  ],
};
