// What probing the production build broke in sign-in, kept fixed: open redirects, forged client
// addresses and protocols, the throttle race, anonymous lock-out, and session endpoints.
import { expect, test, type Page } from '@playwright/test';
import { signInWith } from './fixtures/auth';
import { newAccount, uniqueToken } from './fixtures/data';
import { openE2eDb } from './fixtures/e2e-db';
import { submitForm } from './fixtures/hardening-forms';

const db = openE2eDb();
const forgetThrottles = () => db.prepare('delete from sign_in_throttle').run();
test.afterEach(forgetThrottles);

async function signInThroughPage(page: Page, path: string, email: string, password: string) {
  await page.goto(path);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('after sign-in, only this site', () => {
  const tricks = ['/%09/evil.example/', '%2F%09%2Fevil.example%2F', '/%5Cevil.example/', '%2F%2Fevil.example', '/%0A/evil.example', '/%252F%252Fevil.example'];
  for (const javaScriptEnabled of [true, false]) {
    test(`a next= with a tab, newline, backslash or encoded slashes lands on this site (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser, baseURL }) => {
      const editor = await newAccount('editor');
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const origin = new URL(baseURL!).origin;
      for (const next of tricks) {
        await signInThroughPage(page, `/sign-in?next=${next}`, editor.email, editor.password);
        await expect(page.getByRole('banner').getByText(editor.name)).toBeVisible();
        expect(new URL(page.url()).origin, next).toBe(origin);
        await context.clearCookies();
      }
      await context.close();
    });
  }
});

test.describe('the client address and protocol are not the client’s to choose', () => {
  test('forged X-Forwarded-For (or our own address header) is ignored: one address, throttled after 20 failures, logged as it is', async ({ request }) => {
    const run = uniqueToken();
    const emails = Array.from({ length: 25 }, (_, i) => `forged-${run}-${i}@memberline.test`);
    const answers: string[] = [];
    for (const [i, email] of emails.entries()) {
      const response = await submitForm(request, '/sign-in', { email, password: 'not a password at all' }, { headers: { 'x-forwarded-for': `198.51.100.${i + 1}`, 'x-real-ip': `203.0.113.${i + 1}`, 'x-memberline-client-address': `192.0.2.${i + 1}` } });
      answers.push(await response.text());
    }
    expect(answers.slice(0, 19).every((html) => html.includes('Wrong email or password.') && !html.includes('Too many failed sign-ins'))).toBe(true);
    expect(answers.slice(20).every((html) => html.includes('Too many failed sign-ins. Try again in'))).toBe(true);
    const ips = db.prepare(`select distinct ip from auth_event where email in (${emails.map(() => '?').join(',')})`).all(...emails) as { ip: string }[];
    expect(ips.map((r) => r.ip)).toEqual(['127.0.0.1']);
    const checks = db.prepare(`select count(*) as n from auth_event where kind = 'sign-in-failed' and email in (${emails.map(() => '?').join(',')})`).get(...emails) as { n: number };
    expect(checks.n).toBe(20);
  });

  test('X-Forwarded-Proto: https from a client turns on neither HSTS nor Secure cookies', async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-proto': 'https' } });
    const page = await context.newPage();
    const response = await page.goto('/');
    expect(response!.headers()['strict-transport-security']).toBeUndefined();
    expect(response!.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');
    await signInWith(page, await newAccount('editor'));
    const cookie = (await context.cookies()).find((c) => c.name.endsWith('memberline.session_token'));
    expect(cookie).toMatchObject({ name: 'memberline.session_token', secure: false, httpOnly: true });
    await context.close();
  });
});

test.describe('throttle and lock-out', () => {
  test('30 concurrent wrong passwords run at most 5 password checks; the owner still gets in from another address; an admin unlocks the first', async ({ browser, playwright, baseURL }) => {
    const email = `locked-${uniqueToken()}@memberline.test`;
    const password = 'the right password for the owner';
    const admin = await browser.newPage();
    await signInWith(admin, await newAccount('admin'), '/admin');
    await admin.getByLabel('Email').fill(email);
    await admin.getByLabel('Name shown on revisions').fill('Locked Owner');
    await admin.getByLabel('First password (at least 12 characters)').fill(password);
    await admin.getByRole('button', { name: 'Create account' }).click();
    await expect(admin.getByRole('status')).toContainText(`Created editor ${email}`);

    const attacker = await playwright.request.newContext({ baseURL });
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => submitForm(attacker, '/sign-in', { email, password: `guess number ${i}` }).then((r) => r.text())));
    const wrong = answers.filter((html) => html.includes('Wrong email or password.')).length;
    const held = answers.filter((html) => html.includes('Too many failed sign-ins. Try again in') && !html.includes('Wrong email or password.')).length;
    const checks = (db.prepare("select count(*) as n from auth_event where kind = 'sign-in-failed' and email = ?").get(email) as { n: number }).n;
    expect(checks).toBeLessThanOrEqual(5);
    expect(wrong).toBe(checks);
    expect(held).toBe(30 - checks);

    // The owner, from another address (IPv6 loopback: another socket address), is not locked out.
    const port = new URL(baseURL!).port;
    const owner = await browser.newPage();
    await signInThroughPage(owner, `http://[::1]:${port}/sign-in`, email, password);
    await expect(owner.getByRole('banner').getByText('Locked Owner')).toBeVisible();

    // From the attacker's address even the right password waits — until an admin unlocks it.
    const before = await submitForm(attacker, '/sign-in', { email, password });
    expect(await before.text()).toContain('Too many failed sign-ins');
    await admin.goto('/admin');
    const row = admin.getByRole('listitem', { name: email });
    await expect(row).toContainText('Failed sign-ins hold this account back');
    await row.getByRole('button', { name: `Unlock sign-in for ${email}` }).click();
    await expect(admin.getByRole('listitem', { name: email })).not.toContainText('Failed sign-ins hold this account back');
    const after = await submitForm(attacker, '/sign-in', { email, password });
    expect(after.status()).toBe(303);
    const kinds = (db.prepare('select kind from auth_event where email = ? order by id').all(email) as { kind: string }[]).map((e) => e.kind);
    expect(kinds).toContain('sign-in-unlocked');
    await attacker.dispose();
  });
});

test.describe('session endpoints', () => {
  test('better-auth’s get-session is gone: no token, address or user agent for anyone, signed in or not', async ({ page }) => {
    await signInWith(page, await newAccount('editor'));
    const token = (await page.context().cookies()).find((c) => c.name === 'memberline.session_token')!.value.split('.')[0]!;
    for (const path of ['/api/auth/get-session', '/api/auth/ok', '/api/auth/list-sessions', '/api/auth/session']) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(404);
      const body = await response.text();
      expect(body).not.toContain(token);
      expect(body).not.toContain('127.0.0.1');
      expect(body).not.toContain('userAgent');
    }
  });

  test('/api/health answers JSON, uncached, for a load balancer', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toContain('no-store');
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok', migrations: { current: true } });
  });
});
