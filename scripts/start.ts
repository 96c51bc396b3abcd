// npm start — prepares the database, builds when the build is missing or older than the code, serves.
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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
const port = process.env.PORT || '3000';
console.log(`Memberline on http://localhost:${port}`);
const server = spawn('npx', ['next', 'start', '-p', port], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
