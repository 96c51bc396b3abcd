// Serves a production build on a fresh database for the end-to-end tests, with the test accounts
// of e2e/fixtures/accounts.ts.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const file = process.env.E2E_DATABASE_PATH || path.join(process.cwd(), 'data', `e2e-${process.env.PORT || 3100}.db`);
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
const env = { ...process.env, DATABASE_PATH: file };
execSync('npx tsx scripts/prepare-db.ts', { stdio: 'inherit', env });
execSync('npx tsx scripts/create-e2e-accounts.ts', { stdio: 'inherit', env });
execSync('npx tsx scripts/start.ts', { stdio: 'inherit', env });
