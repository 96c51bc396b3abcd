// 50 script-injection payloads typed into every text field of every form: shown as text, never run.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { isEditorPath } from '../lib/auth/editor-paths';
import { signInWith } from './fixtures/auth';
import { newAccount, newOrganizationWithHistory } from './fixtures/data';
import { XSS_PAYLOADS } from './fixtures/xss-payloads';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

/** Every editor page in app/ (a form lives on each), as route templates like /sources/[id]/edit. */
function formPageTemplates(): string[] {
  const pages: string[] = [];
  const visit = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(path.join(dir, entry.name), [...segments, entry.name]);
      else if (entry.name === 'page.tsx') {
        const template = '/' + segments.filter((s) => !/^\(.*\)$/.test(s)).join('/');
        if (isEditorPath(template.replace(/\[[^\]]+\]/g, 'x'))) pages.push(template);
      }
    }
  };
  visit(path.join(process.cwd(), 'app'), []);
  return pages.sort();
}

/** Records of the test's own to fill a template's dynamic segments with: nothing shipped is edited. */
function makeRecords() {
  const world = newOrganizationWithHistory();
  const ids: Record<string, string> = {
    'status-changes': String(world.changes.observer),
    sources: String(world.source.id),
    invitations: String(world.invitation),
    'count-claims': String(world.countClaim),
  };
  return { world, ids };
}

/** A real URL for a template, its dynamic segments filled with the test's own records. */
function fillTemplate(template: string, { world, ids }: ReturnType<typeof makeRecords>): string {
  const segments = template.split('/');
  return segments.map((s, i) => {
    if (s === '[slug]') return world.org.slug;
    if (s === '[code]') return world.observer.code;
    if (!s.startsWith('[')) return s;
    return ids[segments[i - 1] ?? ''] ?? '1';
  }).join('/');
}

async function expectNothingRan(page: Page, where: string) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), `script ran on ${where}`).toBeUndefined();
  expect(await page.locator('[data-xss]').count(), `injected element on ${where}`).toBe(0);
}

const ROUNDS = 5;
const PER_ROUND = XSS_PAYLOADS.length / ROUNDS;

/** Ten payloads for field i in a round; over the five rounds each field gets all fifty. */
function payloadsFor(round: number, i: number): string {
  return Array.from({ length: PER_ROUND }, (_, k) => XSS_PAYLOADS[(round * PER_ROUND + k + i) % XSS_PAYLOADS.length]!).join(' ');
}

const FIELDS = 'input:not([type]), input[type=text], input[type=email], input[type=url], input[type=search], textarea';

for (const template of formPageTemplates()) {
  test(`payloads in every text field of ${template} are shown as text and never run`, async ({ page }) => {
    test.setTimeout(180_000);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const records = makeRecords();
    await signInWith(page, await newAccount('admin'));
    const url = fillTemplate(template, records);
    const response = await page.goto(url);
    expect(response!.status(), url).toBeLessThan(400);
    await page.locator('main form').first().waitFor();
    const formCount = await page.locator('main form').count();
    let fieldsTried = 0;
    // Each form starts from a fresh load of the page; a form without text fields leaves it fresh.
    let fresh = true;
    for (let f = 0; f < formCount; f++) {
      if (!fresh) await page.goto(url);
      fresh = true;
      await page.locator('main form').nth(f).waitFor();
      if ((await page.locator('main form').nth(f).locator(FIELDS).count()) === 0) continue;
      fresh = false;
      // Every field gets all 50 payloads: ten at a time, over five submissions.
      for (let round = 0; round < ROUNDS; round++) {
        const form = page.locator('main form').nth(f);
        const fields = form.locator(FIELDS);
        const n = await fields.count();
        if (round === 0) fieldsTried += n;
        for (let i = 0; i < n; i++) {
          const field = fields.nth(i);
          if (await field.isEditable()) await field.fill(payloadsFor(round, i));
        }
        // A native submit skips the as-you-type checks, so the server answers and renders the values.
        const loaded = page.waitForEvent('load', { timeout: 15_000 }).catch(() => null);
        await form.evaluate((el: HTMLFormElement) => HTMLFormElement.prototype.submit.call(el));
        await loaded;
        await page.locator('main').waitFor();
        await expectNothingRan(page, `${url} form ${f} round ${round}`);
        // A saved record sends the editor elsewhere: come back for the next round.
        if (!page.url().endsWith(url)) await page.goto(url);
        await page.locator('main form').nth(f).waitFor();
      }
    }
    expect(fieldsTried, 'text fields found').toBeGreaterThan(0);
    for (const shown of ['/', '/history', `/organizations/${records.world.org.slug}`, `/countries/${records.world.observer.code}`, '/sources', '/admin']) {
      await page.goto(shown);
      await expectNothingRan(page, shown);
    }
    expect(dialogs).toEqual([]);
  });
}
