import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { changesAnswer } from '@/lib/open-data/handlers';

export async function GET(request: Request) {
  await connection();
  return changesAnswer(getDb(), new URL(request.url));
}
