// Every Server Action and writing route, posted to directly (no page in between) by callers who
// may not write: refused, nothing written, each refusal in the auth event log.
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { hashPassword } from '../lib/auth/passwords';
import { uniqueToken } from './fixtures/data';
import { countAllRows, lastChanges, openE2eDb } from './fixtures/e2e-db';
import { readBuiltActions, sameFile, scanSourceActions, scanWritingRoutes, type BuiltAction, type SourceAction } from './fixtures/server-actions';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

/** Actions a caller without a session must be able to reach, and why that is safe. */
const PUBLIC_ACTIONS: Record<string, string> = {
  'app/sign-in/actions.ts#signIn': 'signing in is what a visitor does; throttled per IP and account (lib/auth/sign-in.test.ts)',
  'app/sign-out/actions.ts#signOut': "ends only the caller's own session; without one it does nothing",
};
const isAdminOnly = (file: string) => file.startsWith('app/admin/');
const COOKIE = 'memberline.session_token';

type Caller = { label: string; cookie: () => string | null; prepare?: () => void; reason: 'signed-out' | 'forbidden' };

const db = openE2eDb();

async function createAccount(email: string, role: 'editor' | 'admin') {
  const id = `test-${email}`;
  const now = Date.now();
  db.prepare('insert or ignore into user (id, name, email, email_verified, role, disabled, created_at, updated_at) values (?, ?, ?, 0, ?, 0, ?, ?)').run(id, email, email, role, now, now);
  db.prepare("insert or ignore into account (id, account_id, provider_id, user_id, password, created_at, updated_at) values (?, ?, 'credential', ?, ?, ?, ?)").run(`acct-${id}`, id, id, await hashPassword('a password for tests'), now, now);
  return id;
}

async function signedInCookie(browser: Browser, email: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a password for tests');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner').getByText(email)).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === COOKIE)!;
  await context.close();
  return cookie.value;
}

type SessionRow = Record<string, unknown>;
const sessionOf = (userId: string) => db.prepare('select * from session where user_id = ? order by created_at desc limit 1').get(userId) as SessionRow;
function putSession(row: SessionRow) {
  const cols = Object.keys(row);
  db.prepare(`insert or replace into session (${cols.join(',')}) values (${cols.map(() => '?').join(',')})`).run(...cols.map((c) => row[c]));
}

function argsFor(action: SourceAction): unknown[] {
  return action.params.map((p, i) => {
    if (/FormData/.test(p.type) || (i === action.params.length - 1 && !p.type)) return '$K1';
    if (/FormState|State/.test(p.type) || /prev/i.test(p.name)) return { errors: {}, message: null, values: {} };
    if (/number/.test(p.type)) return 1;
    return '1';
  });
}

async function postAction(request: APIRequestContext, built: BuiltAction, source: SourceAction, cookie: string | null, baseURL: string) {
  const fields: Record<string, string> = { '0': JSON.stringify(argsFor(source)) };
  for (const name of ['name', 'title', 'note', 'summary', 'email', 'role', 'password', 'quote', 'url']) fields[`1_${name}`] = name === 'role' ? 'admin' : `forged ${name} value 12345`;
  return request.post(built.page, {
    headers: { 'Next-Action': built.id, Origin: baseURL, Accept: 'text/x-component', ...(cookie ? { Cookie: `${COOKIE}=${cookie}` } : {}) },
    multipart: fields,
    maxRedirects: 0,
  });
}

test.describe('the locked door', () => {
  test('every Server Action and writing route refuses callers who may not write, writes nothing and logs the refusal', async ({ browser, request, baseURL }) => {
    test.setTimeout(300_000);
    const { actions: sourceActions, inline } = scanSourceActions();
    const built = readBuiltActions();

    // The scan and the build agree: no action the server can run escapes the list.
    const pairs = built.map((b) => ({ built: b, source: sourceActions.find((s) => sameFile(b.file, s.file) && s.name === b.name) }));
    expect(pairs.filter((p) => !p.source).map((p) => `${p.built.file}#${p.built.name}`), 'built actions missing from the source scan').toEqual([]);
    expect(inline, "inline 'use server' functions (declare actions in a 'use server' module instead)").toEqual([]);
    const protectedActions = pairs.filter((p) => !PUBLIC_ACTIONS[`${p.source!.file}#${p.source!.name}`]) as { built: BuiltAction; source: SourceAction }[];
    const notBuilt = sourceActions.filter((s) => !built.some((b) => sameFile(b.file, s.file) && b.name === s.name));
    console.log(`Protected actions (${protectedActions.length}):\n${protectedActions.map((p) => `  ${p.source.file}#${p.source.name} → POST ${p.built.page}`).join('\n')}`);
    if (notBuilt.length) console.log(`Declared but not reachable in this build (imported by no page): ${notBuilt.map((s) => `${s.file}#${s.name}`).join(', ')}`);
    expect(protectedActions.length).toBeGreaterThanOrEqual(4);
    const routes = scanWritingRoutes();
    console.log(`Writing routes (${routes.length}): ${routes.map((r) => `${r.methods.join('/')} ${r.url}`).join(', ') || 'none'}`);

    // Callers: nobody, an expired session, a disabled account's session, a forged cookie; and an editor at admin doors.
    const token = uniqueToken();
    const [expired, disabled, live] = ['expired', 'disabled', 'live'].map((who) => `${who}-${token}@memberline.test`) as [string, string, string];
    const expiredId = await createAccount(expired, 'editor');
    const disabledId = await createAccount(disabled, 'editor');
    const liveId = await createAccount(live, 'editor');
    const expiredCookie = await signedInCookie(browser, expired);
    const disabledCookie = await signedInCookie(browser, disabled);
    const liveCookie = await signedInCookie(browser, live);
    const expiredSession = { ...sessionOf(expiredId), expires_at: Date.now() - 60_000 };
    const disabledSession = sessionOf(disabledId);
    db.prepare('update user set disabled = 1 where id = ?').run(disabledId);
    const liveToken = decodeURIComponent(liveCookie).split('.')[0]!;

    const callers: Caller[] = [
      { label: 'no session', cookie: () => null, reason: 'signed-out' },
      { label: 'expired session', cookie: () => expiredCookie, prepare: () => putSession(expiredSession), reason: 'signed-out' },
      { label: "disabled account's session", cookie: () => disabledCookie, prepare: () => putSession(disabledSession), reason: 'signed-out' },
      { label: 'forged cookie (real token, wrong signature)', cookie: () => encodeURIComponent(`${liveToken}.${'A'.repeat(43)}=`), reason: 'signed-out' },
      { label: 'forged cookie (made-up token)', cookie: () => encodeURIComponent(`${'x'.repeat(32)}.${'B'.repeat(43)}=`), reason: 'signed-out' },
    ];
    const editorAtAdminDoor: Caller = { label: 'editor at an admin action', cookie: () => liveCookie, reason: 'forbidden' };

    const before = countAllRows(db);
    const beforeChanges = lastChanges(db);
    let attempts = 0;
    const check = async (caller: Caller, target: string, post: () => Promise<import('@playwright/test').APIResponse>, actionId?: string) => {
      caller.prepare?.();
      const lastEvent = (db.prepare('select coalesce(max(id), 0) as id from auth_event').get() as { id: number }).id;
      const response = await post();
      const body = await response.text();
      attempts++;
      expect(body, `${target} as ${caller.label}: no stack, SQL or secret`).not.toMatch(/SQLITE|\bat \S+\.(js|ts):\d+|node_modules|select .* from|BETTER_AUTH_SECRET/i);
      const refusals = db.prepare("select detail from auth_event where id > ? and kind = 'refused'").all(lastEvent) as { detail: string }[];
      expect(refusals.map((r) => r.detail), `${target} as ${caller.label}: one refusal logged`).toEqual([expect.stringContaining(`${caller.reason}:`)]);
      if (actionId) expect(refusals[0]!.detail).toContain(actionId);
    };

    for (const { built: b, source } of protectedActions) {
      for (const caller of [...callers, ...(isAdminOnly(source.file) ? [editorAtAdminDoor] : [])]) {
        await check(caller, `${source.file}#${source.name}`, () => postAction(request, b, source, caller.cookie(), baseURL!), b.id);
      }
    }
    for (const route of routes) {
      for (const method of route.methods) {
        for (const caller of callers) {
          const cookie = caller.cookie();
          await check(caller, `${method} ${route.url}`, () => request.fetch(route.url, { method, headers: cookie ? { Cookie: `${COOKIE}=${cookie}` } : {}, data: { forged: true } }));
        }
      }
    }

    expect(countAllRows(db), 'no row added or removed').toEqual(before);
    expect(lastChanges(db), 'no revision written, no account changed').toBe(beforeChanges);
    expect(attempts).toBeGreaterThanOrEqual(protectedActions.length * callers.length);
    // The forged cookie never reached the live session: it still works.
    expect(sessionOf(liveId)).toBeTruthy();
  });

  test('better-auth sign-up and sign-in endpoints are not reachable over HTTP', async ({ request }) => {
    for (const url of ['/api/auth/sign-up/email', '/api/auth/sign-in/email', '/api/auth/admin/create-user', '/api/auth/change-password']) {
      const response = await request.post(url, { data: { email: 'new@memberline.test', password: 'a long enough password', name: 'New' } });
      expect([404, 405], url).toContain(response.status());
    }
    expect(db.prepare("select count(*) as n from user where email = 'new@memberline.test'").get()).toEqual({ n: 0 });
  });
});
