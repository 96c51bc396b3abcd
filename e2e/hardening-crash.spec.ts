// The production server killed with SIGKILL in the middle of a burst of saves through the forms:
// after a restart the database passes integrity_check and holds every save that was answered.
// Then SIGTERM: a request in flight is answered in full and the database is closed cleanly.
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { backupDatabase, inspectDatabase, scheduledBackups } from '../db/backup';
import { addStatusChange, newAccount, newOrganization, newSource, newState } from './fixtures/data';
import { openE2eDb } from './fixtures/e2e-db';
import { submitForm } from './fixtures/hardening-forms';

const PORT = Number(process.env.E2E_PORT || 3100) + 7;
const BASE = `http://127.0.0.1:${PORT}`;

type Server = { child: ChildProcess; output: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> };

/** Servers this spec started: none outlives the test, even one that failed or timed out. */
const started: ChildProcess[] = [];
test.afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function startServer(file: string, env: Record<string, string> = {}): Server {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    cwd: process.cwd(),
    env: { ...process.env, PORT: String(PORT), DATABASE_PATH: file, BACKUP_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited };
}

async function healthy(server: Server): Promise<void> {
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`The server exited: ${server.output()}`);
    const ok = await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('kill -9 mid-burst loses no acknowledged save; SIGTERM finishes the request in flight and closes the database', async () => {
  // Two production servers start in this test, each slower on a busy machine.
  test.setTimeout(240_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memberline-crash-'));
  const file = path.join(dir, 'crash.db');
  // An account, and an organization with 40 members whose page takes a while to send, copied with the database.
  const editor = await newAccount('editor');
  const heavyOrg = newOrganization();
  const source = newSource();
  for (let i = 0; i < 40; i++) addStatusChange(heavyOrg, newState(), 'member', '1990', { source });
  const live = openE2eDb();
  await backupDatabase(live, file);
  live.close();

  const first = startServer(file);
  await healthy(first);
  const http = await playwrightRequest.newContext({ baseURL: BASE });
  const signIn = await submitForm(http, '/sign-in', { email: editor.email, password: editor.password });
  expect(signIn.status()).toBe(303);

  const run = Date.now();
  const acknowledged: string[] = [];
  const save = async (i: number) => {
    const url = `https://example.org/crash-${run}-${i}`;
    const response = await submitForm(http, '/sources/new', { url, title: `Crash test source ${i}`, kind: 'article', publisher: '', author: '', published: '', retrieved: '', language: '' });
    if (response.status() === 303) acknowledged.push(url);
    return response.status();
  };
  for (let i = 0; i < 30; i++) expect(await save(i)).toBe(303);
  // Saves in flight when the server dies: answered or not, the database must stay whole.
  const inFlight = Array.from({ length: 6 }, (_, i) => save(100 + i).catch(() => 0));
  await new Promise((r) => setImmediate(r));
  first.child.kill('SIGKILL');
  expect((await first.exited).signal).toBe('SIGKILL');
  await Promise.all(inFlight);
  await http.dispose();

  const backups = path.join(dir, 'backups');
  const second = startServer(file, { PUBLIC_ORIGIN: 'https://memberline.example', TRUSTED_PROXIES: '1', BACKUP_DIR: backups, BACKUP_KEEP: '2' });
  await healthy(second);
  const db = new Database(file, { readonly: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  const stored = new Set((db.prepare('select url from source where url like ?').all(`https://example.org/crash-${run}-%`) as { url: string }[]).map((r) => r.url));
  db.close();
  expect(acknowledged.length).toBeGreaterThanOrEqual(30);
  expect(acknowledged.filter((u) => !stored.has(u))).toEqual([]);

  // HTTPS and absolute links come from PUBLIC_ORIGIN alone.
  const home = await fetch(`${BASE}/`);
  expect(home.headers.get('strict-transport-security')).toBe('max-age=31536000');
  const feed = await (await fetch(`${BASE}/feeds/changes`)).text();
  expect(feed).toContain('<id>https://memberline.example/feeds/changes</id>');

  // Behind one trusted proxy, the address is the one that proxy appended, not one the client wrote.
  const proxied = await playwrightRequest.newContext({ baseURL: BASE });
  const probe = `proxied-${run}@memberline.test`;
  await submitForm(proxied, '/sign-in', { email: probe, password: 'not the password' }, { headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.5' } });
  await proxied.dispose();
  const check = new Database(file, { readonly: true });
  expect(check.prepare('select ip from auth_event where email = ?').all(probe)).toEqual([{ ip: '203.0.113.5' }]);
  check.close();

  // The schedule made a backup at start, and it is a whole database.
  while (scheduledBackups(backups).length === 0) await new Promise((r) => setTimeout(r, 200));
  expect(inspectDatabase(scheduledBackups(backups)[0]!)).toMatchObject({ ok: true });

  // A request in flight when SIGTERM arrives is answered in full; then the database is closed.
  const heavy = await fetch(`${BASE}/organizations/${heavyOrg.slug}`);
  second.child.kill('SIGTERM');
  const body = await heavy.text();
  expect(heavy.status).toBe(200);
  expect(body.trimEnd().endsWith('</html>')).toBe(true);
  expect(await second.exited).toEqual({ code: 0, signal: null });
  expect(second.output()).toContain('Database closed.');
  // A clean close checkpoints the write-ahead log into the database and removes it.
  expect(fs.existsSync(`${file}-wal`)).toBe(false);
  fs.rmSync(dir, { recursive: true, force: true });
});
