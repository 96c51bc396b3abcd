import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { checkHealth } from './check';

const shuttingDown = () => (globalThis as { memberlineShuttingDown?: boolean }).memberlineShuttingDown === true;

export async function GET(): Promise<Response> {
  await connection();
  const health = checkHealth(() => getDb().$client, shuttingDown());
  return Response.json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
