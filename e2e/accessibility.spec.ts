// Every page type is axe clean at desktop and phone widths; the organization, country and source
// pages are of records the test makes (every kind of line: members, a suspension, an observer, an
// invitation, a count claim, a former name, a parent).
import { expect, test, type Page } from '@playwright/test';
import { axeFor, axeViolations } from './fixtures/axe';
import { newOrganizationWithHistory, type OrganizationWithHistory } from './fixtures/data';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

const PAGES: [string, (w: OrganizationWithHistory) => string][] = [
  ['home', () => '/'],
  ['home with search results', (w) => `/?q=${encodeURIComponent(w.org.name)}`],
  ['organizations', () => '/organizations'],
  ['organization', (w) => `/organizations/${w.org.slug}`],
  ['organization on a past date', (w) => `/organizations/${w.org.slug}?asOf=1980-01-01`],
  ['countries', () => '/countries'],
  ['country', (w) => `/countries/${w.observer.code}`],
  ['sources', () => '/sources'],
  ['a source', (w) => `/sources/${w.source.id}`],
  ['not found', () => '/organizations/not-an-organization'],
];

const violations = (page: Page) => axeViolations(axeFor(page));

for (const width of [1280, 375]) {
  test.describe(`axe at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const [name, path] of PAGES) {
      test(`${name} has no violations`, async ({ page }) => {
        await page.goto(path(newOrganizationWithHistory()));
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}
