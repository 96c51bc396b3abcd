// What probing broke in the data a reader downloads, kept fixed: formulas in CSV, feeds that stop
// being XML, control characters typed into forms, a delete that silently unlinked an invitation, and
// an address that cannot be decoded.
import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { signInWith } from './fixtures/auth';
import { newAccount, newState, uniqueToken } from './fixtures/data';
import { openE2eDb } from './fixtures/e2e-db';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

const db = openE2eDb();

function world() {
  const slug = `hardening-${uniqueToken()}`;
  const org = db.prepare("insert into organization (slug, acronym, name, founded) values (?, 'HARD', 'Hardening Test Organization', '1990') returning id").get(slug) as { id: number };
  const state = newState();
  const source = db.prepare("insert into source (url, title, kind) values (?, 'Hardening source', 'article') returning id").get(`https://example.org/${slug}`) as { id: number };
  const change = db
    .prepare("insert into status_change (organization_id, state_id, status, date, date_kind, note) values (?, ?, 'member', '2023-01', 'start', '@SUM(1+1)') returning id")
    .get(org.id, state.id) as { id: number };
  db.prepare('insert into citation (source_id, status_change_id, quote) values (?, ?, ?)').run(source.id, change.id, '=HYPERLINK("http://evil.example","x")');
  const invitation = db
    .prepare("insert into invitation (organization_id, state_id, invited_status, date, date_kind, outcome, outcome_date, resulting_change_id) values (?, ?, 'member', '2022-04-08', 'on', 'accepted', '2023-01', ?) returning id")
    .get(org.id, state.id, change.id) as { id: number };
  return { slug, stateName: state.name, orgId: org.id, stateId: state.id, changeId: change.id, invitationId: invitation.id };
}

test('CSV opens quotes and notes that look like formulas as text', async ({ request }) => {
  const w = world();
  const response = await request.get(`/api/v1/status-changes.csv?organization=${w.slug}`);
  expect(response.status()).toBe(200);
  const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ quote: `'=HYPERLINK("http://evil.example","x")`, note: "'@SUM(1+1)" });
});

test('a feed stays well-formed XML and shows a summary with markup and a control character as words', async ({ page, request }) => {
  const w = world();
  db.prepare("insert into revision (entity_type, entity_id, action, organization_id, state_id, author_name, summary) values ('statusChange', ?, 'update', ?, ?, 'Old Editor', ?)")
    .run(w.changeId, w.orgId, w.stateId, '<b>x</b>\u0001 ]]> & more');
  const xml = await (await request.get(`/feeds/organizations/${w.slug}`)).text();
  await page.goto('/');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return { error: doc.getElementsByTagName('parsererror').length > 0, title: doc.querySelector('entry > title')?.textContent ?? null };
  }, xml);
  expect(parsed.error).toBe(false);
  // The title is type="html": its text is escaped markup, which a reader shows as the words typed.
  expect(parsed.title).toBe('&lt;b&gt;x&lt;/b&gt; ]]&gt; &amp; more');
});

test('a control character typed into a form gets a message beside the field, and nothing is deleted', async ({ page }) => {
  const w = world();
  await signInWith(page, await newAccount('editor'), `/status-changes/${w.changeId}/delete`);
  await page.goto(`/status-changes/${w.changeId}/delete`);
  await page.getByLabel('Why is it deleted?').fill('recorded\u0001twice');
  await page.getByRole('button', { name: 'Delete this change' }).click();
  await expect(page.getByLabel('Why is it deleted?')).toHaveAccessibleDescription(/Remove the invisible control character \(U\+0001\) from this text/);
  await expect(page.getByLabel('Why is it deleted?')).toHaveAttribute('aria-invalid', 'true');
  expect(db.prepare('select count(*) as n from status_change where id = ?').get(w.changeId)).toEqual({ n: 1 });
});

test('deleting a status change an accepted invitation points at is refused, saying which, and the link stays', async ({ page }) => {
  const w = world();
  await signInWith(page, await newAccount('editor'), `/status-changes/${w.changeId}/delete`);
  await page.goto(`/status-changes/${w.changeId}/delete`);
  await page.getByLabel('Why is it deleted?').fill('recorded twice');
  await page.getByRole('button', { name: 'Delete this change' }).click();
  await expect(page.getByText(`This status change cannot be deleted: invitation #${w.invitationId} (HARD invited ${w.stateName} to become member) was accepted with it.`).first()).toBeVisible();
  expect(db.prepare('select resulting_change_id as id from invitation where id = ?').get(w.invitationId)).toEqual({ id: w.changeId });
  expect(db.prepare("select count(*) as n from revision where entity_type = 'statusChange' and entity_id = ? and action = 'delete'").get(w.changeId)).toEqual({ n: 0 });
});

test('an address with a broken percent-escape in its path is refused in words with a 400, never a 500', async ({ request }) => {
  for (const path of ['/countries/%E0%A4%A', '/organizations/oic/on/%ZZ', '/%C3']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain('This address is not well formed');
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
  // A broken escape in the query is the page's to answer, as any other unknown value.
  expect((await request.get('/countries?q=%E0%A4%A')).status()).toBe(200);
});
