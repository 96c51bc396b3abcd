// A save answers with where to go, not with the next page: the reply to the form's POST holds none
// of the target page, and the browser still lands there with the confirmation. Without JavaScript
// the same save is answered with a 303 to that page.
import { expect, test, type Page, type Response } from '@playwright/test';
import { signInAs } from './fixtures/auth';

const QUOTE = 'The state was admitted as a full member of the organization.';
const SOURCE = 'https://example.org/memberline-e2e/admission';

/** A state and an organization of this test's own, added through their forms. */
async function addStateAndOrganization(page: Page, tag: string) {
  const state = { name: `Saveland ${tag}`, code: `saveland-${tag}` };
  const org = { name: `Union of Saves ${tag}`, acronym: `US${tag}`.toUpperCase().slice(0, 30), slug: `us-${tag}` };
  await page.goto('/countries/new');
  await page.getByLabel('Name', { exact: true }).fill(state.name);
  await page.getByLabel('Code (in its address)').fill(state.code);
  await page.getByRole('button', { name: 'Add it' }).click();
  await expect(page).toHaveURL(new RegExp(`/countries/${state.code}$`), { timeout: 30_000 });
  await page.goto('/organizations/new');
  await page.getByLabel('Name', { exact: true }).fill(org.name);
  await page.getByLabel('Acronym', { exact: true }).fill(org.acronym);
  await page.getByLabel('Slug (in its address)').fill(org.slug);
  await page.getByRole('button', { name: 'Add the organization' }).click();
  await expect(page).toHaveURL(new RegExp(`/organizations/${org.slug}$`), { timeout: 30_000 });
  return { state, org };
}

async function fillStatusChange(page: Page, title: string) {
  await page.getByLabel('New status').selectOption('member');
  await page.getByLabel('Date', { exact: true }).fill('1991-05-04');
  await page.getByLabel('New source: address').fill(`${SOURCE}/${title.replace(/\W+/g, '-')}`);
  await page.getByLabel('New source: title').fill(title);
  await page.getByLabel('Quote').fill(QUOTE);
}

const savePost = (path: string) => (r: Response) => r.request().method() === 'POST' && new URL(r.url()).pathname === path;

test('with JavaScript, a recorded status change answers with an address and the browser goes there', async ({ page }) => {
  const tag = `js${Date.now().toString(36)}`;
  await signInAs(page, 'editor');
  const { state, org } = await addStateAndOrganization(page, tag);

  await page.goto(`/record/status-change?org=${org.slug}&state=${state.code}`);
  await fillStatusChange(page, `Admission of ${state.name}`);
  // The reply is read on its way to the page: the browser forgets it once the page has moved on.
  const reply = new Promise<{ headers: Record<string, string>; body: string }>((resolve) => {
    void page.route('**/record/status-change*', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const response = await route.fetch();
      const body = await response.text();
      resolve({ headers: response.headers(), body });
      await route.fulfill({ response, body });
    });
  });
  await page.getByRole('button', { name: 'Record the change' }).click();
  const { headers, body } = await reply;
  console.info(`save reply: ${body.length} characters`);

  // The action's answer alone: no page rendered into it, neither the organization page (its
  // confirmation, its table of members) nor the form's own page (its heading and fields).
  expect(body.length).toBeLessThan(5_000);
  expect(body).not.toContain('New source: address');
  expect(headers['x-action-redirect']).toBeUndefined();
  expect(body).not.toContain('Status change recorded');
  expect(body).not.toContain('members-heading');
  expect(body).toMatch(new RegExp(`"redirectTo":"/organizations/${org.slug}\\?recorded=status-change&id=\\d+"`));

  await expect(page).toHaveURL(new RegExp(`/organizations/${org.slug}\\?recorded=status-change&id=\\d+$`));
  await expect(page.getByRole('status').filter({ hasText: 'Status change recorded' })).toBeVisible();
  await expect(page.locator('section[aria-labelledby="members-heading"]')).toContainText(state.name);
});

test('without JavaScript, the same save is answered with a 303 to the page with the confirmation', async ({ browser }) => {
  const tag = `nojs${Date.now().toString(36)}`;
  const scripted = await browser.newPage();
  await signInAs(scripted, 'editor');
  const { state, org } = await addStateAndOrganization(scripted, tag);
  const cookies = await scripted.context().cookies();
  await scripted.close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto(`/record/status-change?org=${org.slug}&state=${state.code}`);
  await fillStatusChange(page, `Admission of ${state.name} without scripts`);
  const replied = page.waitForResponse(savePost('/record/status-change'));
  await page.getByRole('button', { name: 'Record the change' }).click();
  const reply = await replied;

  expect(reply.status()).toBe(303);
  expect(reply.headers().location).toMatch(new RegExp(`^/organizations/${org.slug}\\?recorded=status-change&id=\\d+$`));
  await expect(page).toHaveURL(new RegExp(`/organizations/${org.slug}\\?recorded=status-change&id=\\d+$`));
  await expect(page.getByRole('status').filter({ hasText: 'Status change recorded' })).toBeVisible();
  await expect(page.locator('section[aria-labelledby="members-heading"]')).toContainText(state.name);
  await context.close();
});
