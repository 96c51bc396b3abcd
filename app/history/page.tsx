import { getCurrentUser } from '@/lib/auth/session';
import { HistoryView, historyMetadata } from './history-view';

export const metadata = historyMetadata;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// A filtered view, or a signed-in editor's (with revert forms); the default view is cached (app/cached).
export default async function HistoryPage({ searchParams }: Props) {
  return <HistoryView query={await searchParams} signedIn={!!(await getCurrentUser())} />;
}
