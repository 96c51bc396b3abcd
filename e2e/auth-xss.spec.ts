// 50 script-injection payloads typed into every text field of every form: shown as text, never run.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { isEditorPath } from '../lib/auth/editor-paths';
import { signInAs } from './fixtures/auth';
import { openE2eDb } from './fixtures/e2e-db';
import { XSS_PAYLOADS } from './fixtures/xss-payloads';

const ID_TABLES: Record<string, string> = { 'status-changes': 'status_change', sources: 'source', invitations: 'invitation', 'count-claims': 'count_claim' };

/** Every editor page in app/ (a form lives on each), with its dynamic segments filled from the data. */
function formPages(): string[] {
  const db = openE2eDb();
  const pages: string[] = [];
  const visit = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(path.join(dir, entry.name), [...segments, entry.name]);
      else if (entry.name === 'page.tsx') {
        const url = '/' + segments.map((s, i) => {
          if (s === '[slug]') return 'icesco';
          if (s === '[code]') return 'rus';
          if (s.startsWith('[')) {
            const table = ID_TABLES[segments[i - 1] ?? ''];
            return table ? String((db.prepare(`select min(id) as id from ${table}`).get() as { id: number | null }).id ?? 1) : '1';
          }
          return s;
        }).filter((s) => !/^\(.*\)$/.test(s)).join('/');
        if (isEditorPath(url)) pages.push(url);
      }
    }
  };
  visit(path.join(process.cwd(), 'app'), []);
  return pages.sort();
}

async function expectNothingRan(page: Page, where: string) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), `script ran on ${where}`).toBeUndefined();
  expect(await page.locator('[data-xss]').count(), `injected element on ${where}`).toBe(0);
}

test('payloads in every text field of every form are shown as text and never run', async ({ page }) => {
  test.setTimeout(900_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${page.url()}: ${d.message()}`);
    void d.dismiss();
  });
  const pages = formPages();
  console.log(`Form pages: ${pages.join(', ')}`);
  expect(pages.length).toBeGreaterThanOrEqual(2);
  await signInAs(page, 'admin');
  let fieldsTried = 0;
  for (const url of pages) {
    const response = await page.goto(url);
    if (!response || response.status() >= 400) continue;
    const forms = page.locator('main form');
    const formCount = await forms.count();
    for (let f = 0; f < formCount; f++) {
      const fieldSelector = 'input:not([type]), input[type=text], input[type=email], input[type=url], input[type=search], textarea';
      const fieldCount = await page.locator('main form').nth(f).locator(fieldSelector).count();
      if (fieldCount === 0) continue;
      fieldsTried += fieldCount;
      for (let round = 0; round < XSS_PAYLOADS.length; round++) {
        await page.goto(url);
        const form = page.locator('main form').nth(f);
        const fields = form.locator(fieldSelector);
        const n = await fields.count();
        for (let i = 0; i < n; i++) {
          const field = fields.nth(i);
          if (!(await field.isEditable())) continue;
          await field.fill(XSS_PAYLOADS[(round + i) % XSS_PAYLOADS.length]!);
        }
        const submit = form.locator('button[type=submit], button:not([type])').first();
        if ((await submit.count()) === 0) break;
        await Promise.all([page.waitForLoadState('networkidle'), submit.click()]);
        await expectNothingRan(page, `${url} form ${f} round ${round}`);
        // A re-shown form keeps the payload as a value: text, not markup.
        const kept = await page.locator('main form').nth(f).locator(fieldSelector).first().inputValue().catch(() => null);
        if (kept && kept.length > 0) expect(XSS_PAYLOADS).toContain(kept);
      }
    }
  }
  expect(fieldsTried).toBeGreaterThan(0);
  // Wherever saved values are shown: records, history, the accounts list.
  for (const url of ['/', '/history', '/organizations/icesco', '/countries/rus', '/sources', '/admin']) {
    await page.goto(url);
    await expectNothingRan(page, url);
  }
  expect(dialogs).toEqual([]);
});
