// The editor's forms are axe clean, as first shown and after the server refused them with field errors.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from './fixtures/auth';

const FORMS = [
  ['record a status change', '/record/status-change?org=oic&state=rus', 'Record the change'],
  ['record an invitation', '/record/invitation?org=oic&state=rus', 'Record the invitation'],
  ['record a count claim', '/record/count-claim?org=oic', 'Record the count'],
  ['new source', '/sources/new', 'Add the source'],
  ['new organization', '/organizations/new', 'Add the organization'],
] as const;

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const width of [1280, 375]) {
  test.describe(`editor forms, axe at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    test.beforeEach(async ({ page }) => {
      await signInAs(page, 'editor');
    });
    for (const [name, path, submit] of FORMS) {
      test(`${name}: no violations, empty and with errors`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.getByRole('button', { name: submit }).click();
        await expect(page.getByRole('main').getByRole('alert')).toBeVisible();
        await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}
