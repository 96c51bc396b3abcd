import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  ['home', '/'],
  ['home with search results', '/?q=islamic'],
  ['organizations', '/organizations'],
  ['organization', '/organizations/oic'],
  ['organization on a past date', '/organizations/oic?asOf=1980-01-01'],
  ['countries', '/countries'],
  ['country', '/countries/rus'],
  ['sources', '/sources'],
  ['not found', '/organizations/not-an-organization'],
] as const;

for (const width of [1280, 375]) {
  test.describe(`axe at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const [name, path] of PAGES) {
      test(`${name} has no violations`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }

    test('a source page has no violations', async ({ page }) => {
      await page.goto('/sources');
      await page.getByRole('listitem').first().getByRole('link').click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}
