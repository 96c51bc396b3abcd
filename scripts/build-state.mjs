// Whether the production build is missing or older than the code: the same rule as scripts/start.ts,
// so that a build made by `npm test` is one `npm start` accepts, and the other way round.
import fs from 'node:fs';
import path from 'node:path';

export const SOURCE_DIRS = ['app', 'components', 'lib', 'db', 'public'];
export const SOURCE_FILES = ['next.config.js', 'package.json', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json', 'proxy.ts'];

function newestSourceTime(root) {
  let newest = 0;
  const visit = (p) => {
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

export function buildIsStale(root = process.cwd(), distDir = process.env.NEXT_DIST_DIR || '.next') {
  const buildId = path.join(root, distDir, 'BUILD_ID');
  return !fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newestSourceTime(root);
}
