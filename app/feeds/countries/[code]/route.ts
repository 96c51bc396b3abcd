import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { countryFeed } from '@/lib/open-data/atom';

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  await connection();
  return countryFeed(getDb(), (await params).code, new URL(request.url));
}
