import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { siteFeed } from '@/lib/open-data/atom';

export async function GET(request: Request) {
  await connection();
  return siteFeed(getDb(), new URL(request.url));
}
