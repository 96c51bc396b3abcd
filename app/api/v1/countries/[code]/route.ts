import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { countryAnswer } from '@/lib/open-data/handlers';

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  await connection();
  return countryAnswer(getDb(), (await params).code, new URL(request.url));
}
