// Runs only on editor pages and sign-in (see the matcher), never on the cached public pages: no
// caching of those pages, and an early sign-in redirect for editor URLs. Security headers come
// from next.config.js, script hashes from scripts/serve.ts (docs/decisions/011). It is never the
// only check: every action and editor page checks the session itself (lib/auth/session.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { isEditorPath } from '@/lib/auth/editor-paths';
import { STATIC_SECURITY_HEADERS } from '@/lib/auth/headers';
import { PATH_HEADER } from '@/lib/auth/request';
import readerRoutes from '@/lib/http/reader-routes.js';

const { SESSION_COOKIES } = readerRoutes;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  const isRead = request.method === 'GET' || request.method === 'HEAD';

  let response: NextResponse;
  if (isRead && isEditorPath(pathname) && !hasSession) {
    const url = request.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    response = NextResponse.redirect(url, 303);
    for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set(PATH_HEADER, pathname + search);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

// Literal, as Next reads it at build: the paths of lib/auth/editor-paths.ts (isPrivatePath).
export const config = {
  matcher: [
    '/record/:path*', '/admin/:path*', '/sign-in/:path*',
    '/:path*/edit', '/:path*/new', '/:path*/revert', '/:path*/resolve', '/:path*/delete', '/:path*/cite',
  ],
};
