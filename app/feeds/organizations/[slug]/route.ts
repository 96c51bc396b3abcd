import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { organizationFeed } from '@/lib/open-data/atom';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  return organizationFeed(getDb(), (await params).slug, new URL(request.url));
}
