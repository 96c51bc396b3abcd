// Serves the production build for the end-to-end tests on PORT, on a database of its own
// (E2E_DATABASE_PATH, else data/e2e-<PORT>.db): a fresh copy of one template holding the shipped
// data and the test accounts of e2e/fixtures/accounts.ts.
//
// With E2E_SERVERS (a JSON list of { port, db }), one process serves them all: playwright.config.ts
// starts one server per worker and one for the shipped-data specs this way, all at once. Under a lock
// (so that --prepare-only beside the unit tests and the servers after it do each step once), the
// build is made when missing or older than the code, like npm start does, and the template
// (data/e2e-template.db) when missing or made from other seed data, schema or code.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildIsStale } from './build-state.mjs';

const root = process.cwd();
const port = process.env.PORT || '3100';
const file = process.env.E2E_DATABASE_PATH || path.join(root, 'data', `e2e-${port}.db`);
const dataDir = path.join(root, 'data');
const lockDir = path.join(dataDir, 'e2e-prepare.lock');
const template = path.join(dataDir, 'e2e-template.db');
const templateKeyFile = `${template}.key`;
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const log = (line: string) => process.stderr.write(`${line}\n`);

function removeDb(p: string) {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(p + suffix, { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs work while holding a lock folder; a lock left by a process that died is taken over. */
async function withLock(work: () => Promise<void>) {
  fs.mkdirSync(dataDir, { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner = 0;
      try {
        owner = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
      } catch {}
      const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if ((owner && !alive(owner)) || (!owner && age > 10_000)) fs.rmSync(lockDir, { recursive: true, force: true });
      else await sleep(200);
    }
  }
  try {
    await work();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Runs a command to its end; its output goes to stderr (Playwright shows it), or nowhere. */
function run(step: string, command: string, args: string[], options: { env?: NodeJS.ProcessEnv; quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', options.quiet ? 'ignore' : 2, 2], env: options.env ?? process.env });
    child.on('exit', (code, signal) => {
      if (code === 0) return resolve();
      log(`e2e server: ${step} failed (${signal ?? `exit ${code}`}).`);
      process.exit(1);
    });
  });
}

/** What the template is made from: the schema, migrations, seed data and code, the test accounts. */
const TEMPLATE_INPUTS = ['db', 'lib', 'scripts/prepare-db.ts', 'scripts/create-e2e-accounts.ts', 'e2e/fixtures/accounts.ts', 'package-lock.json'];

/** A digest of the path, size and time of every input file: a template made from other inputs is remade. */
function templateKey(): string {
  const hash = createHash('sha256');
  const visit = (p: string) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p).sort()) visit(path.join(p, entry));
    else hash.update(`${path.relative(root, p)} ${stat.size} ${stat.mtimeMs}\n`);
  };
  for (const input of TEMPLATE_INPUTS) visit(path.join(root, input));
  return hash.digest('hex');
}

async function prepareTemplate() {
  const key = templateKey();
  if (fs.existsSync(template) && fs.existsSync(templateKeyFile) && fs.readFileSync(templateKeyFile, 'utf8') === key) return;
  removeDb(template);
  fs.rmSync(templateKeyFile, { force: true });
  const env = { ...process.env, DATABASE_PATH: template };
  await run('loading the shipped data', bin('tsx'), ['scripts/prepare-db.ts'], { env, quiet: true });
  await run('creating the test accounts', bin('tsx'), ['scripts/create-e2e-accounts.ts'], { env, quiet: true });
  fs.writeFileSync(templateKeyFile, key);
}

async function prepareBuild() {
  if (!buildIsStale(root)) return;
  log('Building the app for the end-to-end tests …');
  await run('next build', bin('next'), ['build']);
}

/** Resolves once the server on this port answers (any status below 500), as Playwright checks it. */
async function answering(port: string, child: ReturnType<typeof spawn>) {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server on port ${port} stopped (exit ${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.status < 500) return;
    } catch {}
    await sleep(250);
  }
}

async function main() {
  // --prepare-only: build and seed the template, then stop (npm test does this beside the unit tests).
  if (process.argv.includes('--prepare-only')) return withLock(() => Promise.all([prepareBuild(), prepareTemplate()]).then(() => undefined));
  // E2E_SERVERS (JSON [{ port, db }, …]) starts several servers from one process; else PORT alone.
  const servers: { port: string; db: string }[] = process.env.E2E_SERVERS
    ? (JSON.parse(process.env.E2E_SERVERS) as { port: number | string; db: string }[]).map((s) => ({ port: String(s.port), db: s.db }))
    : [{ port, db: file }];
  await withLock(async () => {
    // The build and the template are independent: make both at once.
    await Promise.all([prepareBuild(), prepareTemplate()]);
    for (const s of servers) {
      removeDb(s.db);
      fs.copyFileSync(template, s.db);
    }
  });
  const children: ReturnType<typeof spawn>[] = [];
  const start = (s: { port: string; db: string }) => {
    // The production server npm start runs (scripts/serve.ts), on this port and database.
    const child = spawn(bin('tsx'), ['scripts/serve.ts'], { stdio: 'inherit', env: { ...process.env, PORT: s.port, DATABASE_PATH: s.db } });
    children.push(child);
    child.on('exit', (code) => {
      for (const other of children) if (other !== child) other.kill('SIGTERM');
      process.exit(code ?? 1);
    });
    return child;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => children.forEach((c) => c.kill(signal)));
  // The others start together; the first (the port Playwright waits for) only once they all answer,
  // so that its answer means every server is ready.
  const [first, ...others] = servers;
  await Promise.all(others.map((s) => answering(s.port, start(s))));
  start(first!);
}

void main();
