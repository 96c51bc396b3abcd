import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { membersCsvAnswer } from '@/lib/open-data/handlers';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  return membersCsvAnswer(getDb(), (await params).slug, new URL(request.url));
}
