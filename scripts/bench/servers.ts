// The processes a benchmark needs: a fresh database, the production server of this checkout started
// the way `npm start` does (scripts/serve.ts, on the build in NEXT_DIST_DIR), and the static twin.
// Nothing here builds the app. Every process started here is stopped by its own pid on exit.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = process.cwd();
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const started: ChildProcess[] = [];
const temporary: string[] = [];

export const distDir = () => process.env.NEXT_DIST_DIR || '.next';

export function requireBuild(): void {
  if (!fs.existsSync(path.join(root, distDir(), 'BUILD_ID'))) {
    console.error(`No production build in ${distDir()}/. The benchmarks build nothing: run \`NEXT_DIST_DIR=${distDir()} npx next build\` first.`);
    process.exit(1);
  }
}

/** A temporary folder removed when the benchmark ends. */
export function temporaryFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'memberline-bench-'));
  temporary.push(folder);
  return folder;
}

/** A new database file holding the shipped data (scripts/prepare-db.ts), never data/memberline.db. */
export function freshDatabase(folder = temporaryFolder()): string {
  const file = path.join(folder, 'bench.db');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/prepare-db.ts'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DATABASE_PATH: file } });
  return file;
}

async function waitUntilUp(url: string, child: ChildProcess, seconds = 180): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server for ${url} exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

function track(child: ChildProcess): ChildProcess {
  started.push(child);
  return child;
}

/** The production server of `npm start` (scripts/serve.ts) on this checkout's build and the given database. */
export async function startApp(port: number, databasePath: string, env: Record<string, string> = {}): Promise<string> {
  const child = track(
    spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
      cwd: root,
      env: { ...process.env, ...env, NODE_ENV: 'production', PORT: String(port), DATABASE_PATH: databasePath, BACKUP_DIR: '' },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  const base = `http://localhost:${port}`;
  await waitUntilUp(`${base}/api/health`, child);
  return base;
}

export const TWIN_DIR = path.join(root, 'scripts', 'bench', 'static-twin');

/** The newest change to the twin's own code (app/ and next.config.js), in ms. */
function twinSourcesChanged(): number {
  const files = fs.readdirSync(path.join(TWIN_DIR, 'app'), { recursive: true, encoding: 'utf8' }).map((f) => path.join(TWIN_DIR, 'app', f));
  return Math.max(...[...files, path.join(TWIN_DIR, 'next.config.js')].map((f) => fs.statSync(f).mtimeMs));
}

/** The bare Next.js app that serves public/ as static files; built again only when its code changed, then `next start`. */
export async function startStaticTwin(port: number): Promise<string> {
  const buildId = path.join(TWIN_DIR, '.next', 'BUILD_ID');
  if (!fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < twinSourcesChanged()) {
    console.log('Building the static twin (a bare Next.js app, once per change to it) …');
    execFileSync(process.execPath, [nextBin, 'build', '--webpack'], { cwd: TWIN_DIR, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_DIST_DIR: '' } });
  }
  const child = track(spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', 'localhost'], { cwd: TWIN_DIR, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'inherit'] }));
  const base = `http://localhost:${port}`;
  await waitUntilUp(`${base}/`, child);
  return base;
}

/** Stops the servers started so far, waiting until each has exited. */
export async function stopServers(): Promise<void> {
  const running = started.splice(0).filter((child) => child.exitCode === null && child.signalCode === null);
  await Promise.all(
    running.map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
        }),
    ),
  );
}

function cleanUp(): void {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  for (const folder of temporary) fs.rmSync(folder, { recursive: true, force: true });
}

process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

/** Runs a benchmark's main function, then stops its servers and removes its temporary files. */
export function runBenchmark(main: () => Promise<void>): void {
  main()
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    .finally(async () => {
      await stopServers();
      process.exit();
    });
}
