import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { statusChangesCsvAnswer } from '@/lib/open-data/handlers';

export async function GET(request: Request) {
  await connection();
  return statusChangesCsvAnswer(getDb(), new URL(request.url));
}
