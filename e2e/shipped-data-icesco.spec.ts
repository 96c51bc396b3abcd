// Data a reader can trust, in the shipped data itself (read only): ICESCO's accessions known only to
// their year told as uncertain, ICESCO's members cited, source standing beside citations and as a
// filter, archived text on the ICESCO observers page.
import { expect, test } from '@playwright/test';

// Read only, each test on its own: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

test.describe('imprecise dates and trusted sources', () => {
  test('inside the year of an accession known only to its year, the page says the day is unknown', async ({ page }) => {
    await page.goto('/organizations/icesco?asOf=2003-06-01');
    const afghanistan = page.getByRole('region', { name: /^Member \(/ }).getByRole('row').filter({ has: page.getByRole('link', { name: 'Afghanistan', exact: true }) });
    await expect(afghanistan).toContainText('joined in 2003, day unknown');
    await expect(page.getByTestId('count-ranges')).toContainText(/\d+ or \d+ members/);
  });

  test('the API marks the same member as uncertain and gives count ranges', async ({ request }) => {
    const body = await (await request.get('/api/v1/organizations/icesco?asOf=2003-06-01')).json();
    const afghanistan = body.members.find((m: { state: { code: string } }) => m.state.code === 'afg');
    expect(afghanistan).toMatchObject({ status: 'member', certain: false, possibleStatuses: ['none', 'member'] });
    expect(body.countRanges.member.max).toBe(body.countRanges.member.min + 1);
  });

  test('ICESCO today lists at least 44 members and 3 observers, each citation labelled with its standing', async ({ page }) => {
    await page.goto('/organizations/icesco');
    const members = await page.getByRole('heading', { name: /^Member \(\d+\)/ }).textContent();
    expect(Number(/\((\d+)\)/.exec(members ?? '')?.[1])).toBeGreaterThanOrEqual(44);
    await expect(page.getByRole('heading', { name: 'Observer (3)' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Count claims' })).toContainText('Source says 53 members');
    // The member list links each line to its citations, told with their standing on the history page.
    await page.getByRole('region', { name: /^Member \(/ }).locator('a[href="/organizations/icesco/history?state=afg"]').click();
    await expect(page.getByRole('main').locator('li[id^="change-"]').first()).toContainText('Government');
  });

  test('sources filter by standing, and a source page shows the archived text', async ({ page }) => {
    await page.goto('/sources?standing=organization');
    await page.getByRole('link', { name: 'Become an Observer' }).click();
    const archived = page.locator('details').filter({ hasText: 'Archived text' });
    await archived.getByText('Archived text').click();
    await expect(archived.locator('pre')).toContainText('Current Observer States');
  });
});
