// npm run bench:write [-- --saves n -c readers] — an editor's save of the status-change form, alone
// and while 20 readers load the heaviest page. Chromium, signed in as a test editor created with the
// app's own account creation, fills and submits the form as a person does; a save is timed from the
// click on the submit button until the server action's reply has come in whole (the save), and
// until the editor is on the organization page the reply sends them to. Builds nothing: needs a production build. Prints figures; asserts nothing.
import { execFileSync, spawn } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { TEST_ACCOUNTS } from '../../e2e/fixtures/accounts';
import { benchOptions, int, machineLoad, ms, printTable, quantile } from './options';
import { freshDatabase, requireBuild, runBenchmark, startApp } from './servers';

const PORT = 4520;
const HEAVIEST = '/organizations/oic';
let saveNumber = 0;

async function signIn(page: Page): Promise<void> {
  const editor = TEST_ACCOUNTS.editor;
  await page.goto('/sign-in?next=%2F');
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('banner').getByText(editor.name).waitFor();
}

type Timing = { reply: number; landed: number };

/** One save: Russia observed as an OIC observer on a day no earlier save used. Returns its durations. */
async function save(page: Page): Promise<Timing> {
  const i = saveNumber++;
  await page.goto('/record/status-change?org=oic&state=rus');
  await page.getByLabel('New status').selectOption('observer');
  await page.getByLabel('Date', { exact: true }).fill(new Date(Date.UTC(2006, 0, 1 + i)).toISOString().slice(0, 10));
  await page.getByLabel('As of: the status held on this date (observation)').check();
  await page.getByLabel('New source: address').fill(`https://bench.memberline.test/save-${i}`);
  await page.getByLabel('New source: title').fill(`Benchmark source ${i}`);
  await page.getByLabel('Quote').fill(`Benchmark save ${i}`);
  // The server sends the reply (a few hundred bytes) in one write with its head: its arrival is the save's end.
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/record/status-change', { timeout: 120_000 });
  const clicked = performance.now();
  await page.getByRole('button', { name: 'Record the change' }).click();
  await answered;
  const reply = performance.now() - clicked;
  // The editor lands on the organization page; a refusal would show "Not saved" in the form instead.
  const refusal = page.getByText(/^Not saved/);
  await Promise.race([page.waitForURL(/\/organizations\/oic\?recorded=status-change/, { waitUntil: 'commit', timeout: 120_000 }), refusal.waitFor({ timeout: 120_000 })]);
  const landed = performance.now() - clicked;
  if (await refusal.isVisible()) throw new Error(`save ${i} was refused: ${await page.getByRole('main').innerText()}`);
  return { reply, landed };
}

async function saves(page: Page, n: number): Promise<Timing[]> {
  const samples: Timing[] = [];
  for (let i = 0; i < n; i++) samples.push(await save(page));
  return samples;
}

type Readers = { requestsPerSecond: number; medianMs: number; p99Ms: number; requests: number; failures: number };

function startReaders(url: string, connections: number): { stop: () => Promise<Readers> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/readers.ts', url, String(connections)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      return JSON.parse(output) as Readers;
    },
  };
}

async function main() {
  const { saves: n, connections } = benchOptions({ saves: 30 });
  requireBuild();
  const database = freshDatabase();
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/create-e2e-accounts.ts'], { stdio: 'inherit', env: { ...process.env, DATABASE_PATH: database } });
  const base = await startApp(PORT, database);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ baseURL: base });
    await signIn(page);
    await saves(page, 3); // warm-up: the first renders of the form and of the page
    console.log(`${n} saves alone … ${machineLoad()}`);
    const alone = await saves(page, n);

    console.log(`${n} saves while ${connections} readers load ${HEAVIEST} … ${machineLoad()}`);
    const readers = startReaders(base + HEAVIEST, connections);
    await new Promise((r) => setTimeout(r, 2000));
    const loaded = await saves(page, n);
    const reading = await readers.stop();

    const row = (label: string, timings: Timing[], part: keyof Timing) => {
      const s = timings.map((t) => t[part]).sort((a, b) => a - b);
      return [label, String(s.length), ms(quantile(s, 0.5)), ms(quantile(s, 0.95)), ms(quantile(s, 0.99)), ms(s.at(-1)!)];
    };
    const withReaders = `with ${connections} readers on ${HEAVIEST}`;
    console.log('\nEditor saves (status-change form), from the click on the submit button:');
    printTable(['until', 'saves', 'n', 'p50', 'p95', 'p99', 'max'], [
      ['the reply is in (the save)', ...row('alone', alone, 'reply')],
      ['', ...row(withReaders, loaded, 'reply')],
      ['the organization page is shown', ...row('alone', alone, 'landed')],
      ['', ...row(withReaders, loaded, 'landed')],
    ]);
    console.log(`Readers meanwhile: ${int(reading.requestsPerSecond)} requests/s, median ${ms(reading.medianMs)}, p99 ${ms(reading.p99Ms)}, ${reading.failures} failed of ${int(reading.requests)}.`);
    console.log(`Goal: the save (its reply) under 1 s at p99 with readers. ${machineLoad()}`);
  } finally {
    await browser.close();
  }
}

runBenchmark(main);
