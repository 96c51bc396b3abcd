import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { organizationsAnswer } from '@/lib/open-data/handlers';

export async function GET(request: Request) {
  await connection();
  return organizationsAnswer(getDb(), new URL(request.url));
}
