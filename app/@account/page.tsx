import { ServerUserMenu } from '@/components/server-user-menu';

// The account corner of the home page when it is rendered per request (a signed-in editor, a search).
export default function HomeAccountSlot() {
  return <ServerUserMenu />;
}
