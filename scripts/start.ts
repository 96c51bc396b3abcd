// npm start — prepares the database, builds when the build is missing or older than the code, serves
// (scripts/serve.ts: client address from the socket, clean SIGTERM, backup schedule).
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './serve';

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || '.next';
const buildId = path.join(root, distDir, 'BUILD_ID');
const SOURCE_DIRS = ['app', 'components', 'lib', 'db', 'public'];
const SOURCE_FILES = ['next.config.js', 'package.json', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json', 'proxy.ts'];

function newestSourceTime(): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      if (path.basename(p) === 'node_modules') return;
      for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const d of SOURCE_DIRS) visit(path.join(root, d));
  for (const f of SOURCE_FILES) visit(path.join(root, f));
  return newest;
}

execSync('npx tsx scripts/prepare-db.ts', { stdio: 'inherit' });
if (!fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newestSourceTime()) {
  console.log('Building the app (first start, or the code changed) …');
  execSync('npx next build', { stdio: 'inherit' });
}
serve().catch((error: unknown) => {
  console.error('The server could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
