// npm start — prepares the database, builds when the build is missing or older than the code, serves
// (scripts/serve.ts: client address from the socket, clean SIGTERM, backup schedule).
import { execSync } from 'node:child_process';
import { buildIsStale } from './build-state.mjs';
import { serve } from './serve';

execSync('npx tsx scripts/prepare-db.ts', { stdio: 'inherit' });
if (buildIsStale()) {
  console.log('Building the app (first start, or the code changed) …');
  execSync('npx next build', { stdio: 'inherit' });
}
serve().catch((error: unknown) => {
  console.error('The server could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
