import { ServerUserMenu } from '@/components/server-user-menu';

// The header's account corner on every page rendered per request (the root layout's `account` slot).
export default function AccountSlot() {
  return <ServerUserMenu />;
}
