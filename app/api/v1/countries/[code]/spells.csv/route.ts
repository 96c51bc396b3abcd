import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { spellsCsvAnswer } from '@/lib/open-data/handlers';

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  await connection();
  return spellsCsvAnswer(getDb(), (await params).code);
}
