// URLs only editors may open: a reader who asks for one is sent to sign in, then back.
// Kept free of imports: proxy.ts uses it on every request.
const EDITOR_PREFIXES = ['/record', '/admin'];
const EDITOR_SEGMENTS = new Set(['edit', 'new', 'revert', 'resolve', 'delete', 'cite']);

export function isEditorPath(pathname: string): boolean {
  if (EDITOR_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return true;
  return pathname.split('/').some((segment) => EDITOR_SEGMENTS.has(segment));
}

/** Pages whose responses must never be stored by a browser or proxy. */
export function isPrivatePath(pathname: string): boolean {
  return isEditorPath(pathname) || pathname === '/sign-in' || pathname.startsWith('/sign-in/');
}
