// The editor's forms are axe clean, as first shown and after the server refused them with field errors.
import { expect, test, type Page } from '@playwright/test';
import { axeFor, axeViolations } from './fixtures/axe';
import { signInWith } from './fixtures/auth';
import { newAccount, newOrganization, newState, type Organization, type State } from './fixtures/data';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

/** The forms, prefilled with an organization and a state of the test's own where they take one. */
const FORMS: [string, (org: Organization, state: State) => string, string][] = [
  ['record a status change', (o, s) => `/record/status-change?org=${o.slug}&state=${s.code}`, 'Record the change'],
  ['record an invitation', (o, s) => `/record/invitation?org=${o.slug}&state=${s.code}`, 'Record the invitation'],
  ['record a count claim', (o) => `/record/count-claim?org=${o.slug}`, 'Record the count'],
  ['new source', () => '/sources/new', 'Add the source'],
  ['new organization', () => '/organizations/new', 'Add the organization'],
];

const violations = (page: Page) => axeViolations(axeFor(page));

for (const width of [1280, 375]) {
  test.describe(`editor forms, axe at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    test.beforeEach(async ({ page }) => {
      await signInWith(page, await newAccount('editor'));
    });
    for (const [name, path, submit] of FORMS) {
      test(`${name}: no violations, empty and with errors`, async ({ page }) => {
        await page.goto(path(newOrganization({ founded: '1969' }), newState()));
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
