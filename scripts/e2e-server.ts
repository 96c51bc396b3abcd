// Serves a production build on a fresh database for the end-to-end tests.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const file = process.env.E2E_DATABASE_PATH || path.join(process.cwd(), 'data', `e2e-${process.env.PORT || 3100}.db`);
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
execSync('npx tsx scripts/start.ts', { stdio: 'inherit', env: { ...process.env, DATABASE_PATH: file } });
