// better-auth's HTTP routes, reduced to reading the current session. Signing in, signing out and
// managing accounts go through Server Actions (throttled, logged, role-checked); sign-up does not
// exist. No writing method is exported, so a POST here is refused with 405.
import { getDb } from '@/db/client';
import { getAuth } from '@/lib/auth/auth';
import { requestFacts } from '@/lib/auth/request';

const READABLE = new Set(['/api/auth/get-session', '/api/auth/ok']);

export async function GET(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (!READABLE.has(pathname)) return new Response('Not found', { status: 404 });
  const response = await getAuth(getDb(), requestFacts(request.headers).secure).handler(request);
  response.headers.set('Cache-Control', 'no-store');
  return response;
}
