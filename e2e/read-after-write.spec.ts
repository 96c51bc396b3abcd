// Reader pages are cached (app/cached, lib/cache/expire.ts): a save must still show on the very
// next read of every page and endpoint that shows the record, and a reader must never see half of
// a save. The spec makes its own organization and entity, so it leans on no shipped row.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { signInAs } from './fixtures/auth';
import { openE2eDb } from './fixtures/e2e-db';

const today = () => new Date().toISOString().slice(0, 10);
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

async function read(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(200);
  expect(response.headers()['set-cookie'], `${url} must not carry a cookie`).toBeUndefined();
  return response.text();
}

type Check = { url: string; shows: (body: string) => boolean };

async function seen(request: APIRequestContext, checks: Check[]): Promise<Record<string, boolean>> {
  const out: Record<string, boolean> = {};
  for (const { url, shows } of checks) out[url] = shows(await read(request, url));
  return out;
}

const all = (record: Record<string, boolean>, value: boolean) => Object.fromEntries(Object.keys(record).map((k) => [k, value]));
const count = (text: string, needle: string) => text.split(needle).length - 1;

/** For pages that named the record already (history, the site feed): it is named once more. */
async function namedAgain(request: APIRequestContext, url: string, name: string): Promise<Check> {
  const before = count(await read(request, url), name);
  return { url, shows: (b) => count(b, name) > before };
}

/** An organization and an entity of the spec's own, made through the editor forms. */
async function makeRecords(page: Page, request: APIRequestContext) {
  const id = unique();
  const org = { slug: `raw-${id}`, acronym: `RAW${id.slice(-4).toUpperCase()}`, name: `Read After Write Union ${id}` };
  const state = { code: `raw-${id}`, name: `Read After Write Land ${id}` };
  // Cached before the saves: each must show on the next read all the same.
  const before = await seen(request, [
    { url: `/organizations?q=${org.acronym}`, shows: (b) => b.includes(`href="/organizations/${org.slug}"`) },
    { url: '/history', shows: (b) => b.includes(org.name) },
  ]);
  expect(before).toEqual(all(before, false));
  await page.goto('/organizations/new');
  await page.getByLabel('Name', { exact: true }).fill(org.name);
  await page.getByLabel('Acronym', { exact: true }).fill(org.acronym);
  await page.getByLabel('Slug (in its address)').fill(org.slug);
  await page.getByRole('button', { name: 'Add the organization' }).click();
  await expect(page).toHaveURL(new RegExp(`/organizations/${org.slug}`));
  await page.goto('/countries/new');
  await page.getByLabel('Name', { exact: true }).fill(state.name);
  await page.getByLabel('Code (in its address)').fill(state.code);
  await page.getByRole('button', { name: 'Add it' }).click();
  await expect(page).toHaveURL(new RegExp(`/countries/${state.code}`));
  expect(await read(request, '/history')).toContain(org.name);
  return { org, state };
}

async function recordStatusChange(page: Page, org: string, state: string, note: string) {
  await page.goto(`/record/status-change?org=${org}&state=${state}`);
  await page.getByLabel('New status').selectOption('member');
  await page.getByLabel('Date', { exact: true }).fill(today());
  await page.getByLabel('Note').fill(note);
  await page.getByLabel('New source: address').fill(`https://read-after-write.example/${encodeURIComponent(note)}`);
  await page.getByLabel('New source: title').fill(`Source for ${note}`);
  await page.getByLabel('Quote').fill(`Quote for ${note}`);
  await page.getByRole('button', { name: 'Record the change' }).click();
  await expect(page).toHaveURL(new RegExp(`/organizations/${org}\\?recorded=status-change`));
}

function membershipChecks(org: { slug: string; name: string; acronym: string }, state: { code: string; name: string }): Check[] {
  return [
    { url: `/organizations/${org.slug}`, shows: (b) => b.includes(`href="/countries/${state.code}"`) },
    { url: `/countries/${state.code}`, shows: (b) => b.includes(`href="/organizations/${org.slug}"`) },
    { url: `/api/v1/organizations/${org.slug}`, shows: (b) => b.includes(`"code":"${state.code}"`) },
    { url: `/api/v1/organizations/${org.slug}/members.csv`, shows: (b) => b.includes(`,${state.code},`) },
    { url: `/api/v1/countries/${state.code}`, shows: (b) => b.includes(`"slug":"${org.slug}"`) },
    { url: `/api/v1/countries/${state.code}/spells.csv`, shows: (b) => b.includes(`,${org.slug},`) },
    { url: `/feeds/organizations/${org.slug}`, shows: (b) => b.includes(state.name) },
    { url: `/feeds/countries/${state.code}`, shows: (b) => b.includes(org.name) || b.includes(org.acronym) },
  ];
}

test('a status change shows on the next read of every page and endpoint, and so does its revert', async ({ page, request }) => {
  await signInAs(page, 'editor');
  const { org, state } = await makeRecords(page, request);
  const note = `read-after-write ${unique()}`;
  const checks = [
    ...membershipChecks(org, state),
    await namedAgain(request, '/', `href="/countries/${state.code}"`),
    await namedAgain(request, '/history', state.name),
    await namedAgain(request, '/feeds/changes', state.name),
  ];
  const before = await seen(request, checks);
  expect(before).toEqual(all(before, false));

  await recordStatusChange(page, org.slug, state.code, note);
  const after = await seen(request, checks);
  expect(after).toEqual(all(after, true));

  const db = openE2eDb();
  const revision = db.prepare("select r.id, sc.id as changeId from revision r join status_change sc on sc.id = r.entity_id where r.entity_type = 'statusChange' and sc.note = ?").get(note) as { id: number; changeId: number };
  db.close();
  await page.goto(`/history?entity=statusChange&id=${revision.changeId}`);
  await page.locator('summary', { hasText: `Revert #${revision.id}` }).click();
  await page.getByRole('button', { name: `Revert #${revision.id}` }).click();
  await expect(page).toHaveURL(/\/history\?reverted=\d+/);

  // Gone from every page that listed the membership (history and feeds now tell of the revert).
  const reverted = await seen(request, membershipChecks(org, state).filter((c) => !c.url.startsWith('/feeds/')));
  expect(reverted).toEqual(all(reverted, false));
});

test('an invitation shows on the next read of every page and endpoint that shows it', async ({ page, request }) => {
  await signInAs(page, 'editor');
  const { org, state } = await makeRecords(page, request);
  const checks: Check[] = [
    { url: `/organizations/${org.slug}`, shows: (b) => b.includes('Pending invitations') && b.includes(`href="/countries/${state.code}"`) },
    { url: `/countries/${state.code}`, shows: (b) => b.includes(`href="/organizations/${org.slug}"`) },
    await namedAgain(request, '/', `href="/countries/${state.code}"`),
    await namedAgain(request, '/history', state.name),
    { url: `/api/v1/organizations/${org.slug}`, shows: (b) => b.includes(`"code":"${state.code}"`) },
    { url: `/feeds/organizations/${org.slug}`, shows: (b) => b.includes(state.name) },
  ];
  const before = await seen(request, checks);
  expect(before).toEqual(all(before, false));

  await page.goto(`/record/invitation?org=${org.slug}&state=${state.code}`);
  await page.getByLabel('Invited to become').selectOption('member');
  await page.getByLabel('Date', { exact: true }).fill(today());
  await page.getByLabel('New source: address').fill(`https://read-after-write.example/invitation-${unique()}`);
  await page.getByLabel('New source: title').fill('Invitation source');
  await page.getByLabel('Quote').fill('We have invited them to become a member.');
  await page.getByRole('button', { name: 'Record the invitation' }).click();
  await expect(page).toHaveURL(new RegExp(`/organizations/${org.slug}\\?recorded=invitation`));

  const after = await seen(request, checks);
  expect(after).toEqual(all(after, true));
});

test('a reader never sees half of a save', async ({ page, request }) => {
  await signInAs(page, 'editor');
  const { org, state } = await makeRecords(page, request);
  const note = `all-or-nothing ${unique()}`;
  let saving = true;
  // Each answer on its own: the page and the data are two requests, and a save may land between them.
  const pages: number[] = [];
  const data: string[] = [];
  const look = async () => {
    const [html, json] = await Promise.all([read(request, `/organizations/${org.slug}`), read(request, `/api/v1/organizations/${org.slug}`)]);
    // On the page: every mention of the state (members, map, history) at once, or none.
    pages.push(count(html, `href="/countries/${state.code}"`));
    // In the data: the member and the quote that backs it, together.
    const member = (JSON.parse(json) as { members: { state: { code: string }; citations: { quote: string | null }[] }[] }).members.find((m) => m.state.code === state.code);
    const cited = member?.citations.some((c) => c.quote === `Quote for ${note}`) ?? false;
    data.push(`${!!member}/${cited}`);
  };
  const readers = (async () => {
    while (saving) await look();
  })();
  await recordStatusChange(page, org.slug, state.code, note);
  saving = false;
  await readers;
  // Read once more, after the save: what every earlier answer is compared with.
  await look();
  expect(pages.length).toBeGreaterThan(1);
  const mentions = pages.at(-1)!;
  expect(mentions).toBeGreaterThan(0);
  expect(data.at(-1)).toBe('true/true');
  for (const n of pages) expect([0, mentions]).toContain(n);
  for (const d of data) expect(['false/false', 'true/true']).toContain(d);
});
