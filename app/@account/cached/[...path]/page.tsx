import { UserMenu } from '@/components/user-menu';

// The account corner of the cached reader pages (app/cached): the same for everyone, filled in by
// the browser. Signed-in requests are never sent to the cached pages (lib/http/reader-routes.js).
export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

export default function CachedAccountSlot() {
  return <UserMenu />;
}
