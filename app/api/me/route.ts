import { getCurrentUser } from '@/lib/auth/session';

// Who is signed in, for the header's account corner and the editor links (components/viewer.ts):
// the public pages are the same for everyone and cached, so they ask here from the browser.
export async function GET() {
  const user = await getCurrentUser();
  return Response.json(
    { user: user ? { name: user.name, role: user.role } : null },
    { headers: { 'Cache-Control': 'private, no-store', Vary: 'Cookie' } },
  );
}
