import { UserMenu } from '@/components/user-menu';

// Where no page of the slot matches (a page not found): the corner is filled in by the browser.
export default function DefaultAccountSlot() {
  return <UserMenu />;
}
