// Organization and country pages read on a phone: a few screens tall, every member and change
// reachable. The shipped data itself, read only: the OIC (the largest organization), Egypt's
// suspension, Russia's memberships, ICESCO.
import { expect, test } from '@playwright/test';
import { axeFor, axeViolations } from './fixtures/axe';

// Read only, each test on its own: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  for (const path of ['/organizations/oic', '/countries/rus']) {
    test(`${path} is at most 6,000 px tall`, async ({ page }) => {
      await page.goto(path);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(6000);
    });
  }

  test('the OIC page lists every member and observer, tells Egypt’s whole story, and opens the sources', async ({ page }) => {
    await page.goto('/organizations/oic');
    // Every state named in a heading's count has its row (plus the header row).
    for (const status of ['Member', 'Observer']) {
      const heading = await page.getByRole('heading', { name: new RegExp(`^${status} \\(\\d+\\)$`) }).textContent();
      const n = Number(/\((\d+)\)/.exec(heading!)![1]);
      await expect(page.getByRole('region', { name: heading! }).getByRole('row')).toHaveCount(n + 1);
    }
    const members = page.getByRole('region', { name: /^Member \(/ });
    const egypt = members.getByRole('row').filter({ has: page.getByRole('link', { name: 'Egypt', exact: true }) });
    await expect(egypt).toContainText('member since 1969; suspended 1979–1984');
    if (await egypt.locator('summary').count()) await egypt.locator('summary').click();
    await expect(egypt.locator('a[href="/organizations/oic/history?state=egy"]')).toBeVisible();
    // A quiet mark where sources differ opens both claims: the record's date and what each source says.
    const differ = page.getByRole('row').filter({ hasText: 'sources differ' }).first();
    await differ.locator('summary').click();
    await expect(differ.getByRole('listitem').first()).toContainText(/^Record: /);
    await expect(differ.getByRole('listitem')).not.toHaveCount(1);
    await expect(page.getByText(/igo_year_format3/)).toHaveCount(0);
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: /^Observer \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/#status-observer$/);
  });

  test('every change of the OIC is reachable from the page, paged and filtered', async ({ page }) => {
    await page.goto('/organizations/oic');
    const heading = await page.getByRole('heading', { name: /^Status history \(\d+ changes\)$/ }).textContent();
    const total = Number(/\((\d+) changes\)/.exec(heading!)![1]);
    await page.getByRole('link', { name: `All ${total} changes, with sources and quotes` }).click();
    await expect(page).toHaveURL(/\/organizations\/oic\/history$/);
    await expect(page.getByText(`${total} changes, newest first.`)).toBeVisible();
    const pages = Number(/of (\d+)$/.exec((await page.getByRole('navigation', { name: 'Pages of the history' }).getByText(/^Page \d+ of \d+$/).textContent())!)![1]);
    const seen = new Set<string>();
    for (let p = 1; p <= pages; p++) {
      await page.goto(`/organizations/oic/history${p > 1 ? `?page=${p}` : ''}`);
      for (const id of await page.locator('ol > li[id^="change-"]').evaluateAll((items) => items.map((i) => i.id))) seen.add(id);
    }
    expect(seen.size).toBe(total);
    await page.goto('/organizations/oic/history');
    await page.getByLabel('State').selectOption({ label: 'Egypt' });
    await page.getByLabel('New status').selectOption('suspended');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/state=egy&status=suspended/);
    const lines = page.locator('ol > li[id^="change-"]');
    await expect(lines).toHaveCount(1);
    await expect(lines).toContainText('May 1979');
    await lines.getByText('Quote').first().click();
    await expect(lines.locator('blockquote').first()).toBeVisible();
  });

  test('Russia’s page names organizations in full and keeps every one reachable', async ({ page }) => {
    await page.goto('/countries/rus');
    const today = page.getByRole('region', { name: /^Today: \d+ organizations$/ });
    const n = Number(/Today: (\d+)/.exec((await today.getByRole('heading').first().textContent())!)![1]);
    await today.getByText(/^Show the other \d+ organizations$/).click();
    await expect(today.getByRole('link', { name: 'Organisation of Islamic Cooperation (OIC)' })).toHaveCount(1);
    await expect(today.locator('tbody tr')).toHaveCount(n);
    await page.getByRole('link', { name: /^All \d+ changes, with sources and quotes$/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia: history of memberships');
  });
});

for (const width of [375, 1280]) {
  test.describe(`axe at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const path of ['/organizations/oic', '/organizations/icesco', '/countries/rus', '/organizations/oic/history?state=egy', '/countries/rus/history', '/countries/rus/history?organization=oic']) {
      test(`${path} has no violations`, async ({ page }) => {
        await page.goto(path);
        expect(await axeViolations(axeFor(page))).toEqual([]);
      });
    }
  });
}
