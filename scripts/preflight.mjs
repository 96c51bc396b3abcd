// Checks what `npm start` and `npm test` need before they begin, and says in one line what to do
// when something is missing: Node older than the README says, dependencies not installed, or
// better-sqlite3's native module built for another Node (or not built at all).
// Plain syntax on purpose: it must run, and explain, on an old Node.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export const MIN_NODE = [20, 9, 0];

/** A problem with this Node version, or null. */
export function nodeProblem(version = process.versions.node) {
  const have = version.split('.').map(Number);
  for (let i = 0; i < MIN_NODE.length; i++) {
    if ((have[i] || 0) > MIN_NODE[i]) return null;
    if ((have[i] || 0) < MIN_NODE[i]) {
      return `Memberline needs Node.js ${MIN_NODE.slice(0, 2).join('.')} or newer; this is Node.js ${version}. Install a newer Node.js (https://nodejs.org) and run the command again.`;
    }
  }
  return null;
}

/** A problem loading better-sqlite3 (the one native module), or null. */
export function sqliteProblem(load = () => createRequire(import.meta.url)('better-sqlite3')) {
  let Database;
  try {
    Database = load();
  } catch (error) {
    if (error && error.code === 'MODULE_NOT_FOUND' && /better-sqlite3/.test(String(error.message))) {
      return 'The dependencies are not installed: run `npm install` first.';
    }
    return rebuildMessage(error);
  }
  try {
    new Database(':memory:').close();
    return null;
  } catch (error) {
    return rebuildMessage(error);
  }
}

function rebuildMessage(error) {
  const text = String((error && error.message) || error);
  const first = text.split('\n')[0];
  const why = /NODE_MODULE_VERSION/.test(text)
    ? `it was built for another version of Node.js than this one (${process.version})`
    : /Could not locate the bindings file|Cannot find module/.test(text)
      ? 'its native module was never built'
      : `its native module does not load (${first.slice(0, 160)})`;
  return `better-sqlite3 cannot be used: ${why}. Run \`npm rebuild better-sqlite3\` and try again.`;
}

export function preflight() {
  return nodeProblem() || sqliteProblem();
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const problem = preflight();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
