// Which forms' schemas each form page ships to the browser, read from a production build: for
// every form page, the chunks it loads are searched for a message only one schema module holds.
// Usage: npx tsx scripts/form-bundles.ts [distDir]   (after `next build`; default .next)
import fs from 'node:fs';
import path from 'node:path';

/** A message each schema module holds and no other module of the app does. */
const MESSAGES: Record<string, string> = {
  'status change': 'tick "Scheduled change" to record it as scheduled',
  'status change correction': 'Choose a citation from the list.',
  deletion: 'Say why this record is deleted.',
  invitation: 'An invitation cannot be dated in the future.',
  'count claim': 'A count claim cannot be dated in the future.',
  organization: 'The dissolution cannot come before the founding.',
  state: 'A COW code is a number from 1 to 9999.',
  source: 'Choose the kind of source.',
  article: 'Give the day of publication: YYYY-MM-DD.',
};

/** Form pages and the schema messages they need; every other message must be absent. */
const PAGES: Record<string, string[]> = {
  '/record/status-change/page': ['status change'],
  '/status-changes/[id]/edit/page': ['status change', 'status change correction'],
  '/status-changes/[id]/cite/page': [],
  '/status-changes/[id]/delete/page': ['deletion'],
  '/record/invitation/page': ['invitation'],
  '/invitations/[id]/edit/page': ['invitation'],
  '/invitations/[id]/resolve/page': ['invitation'],
  '/invitations/[id]/delete/page': ['deletion'],
  '/record/count-claim/page': ['count claim'],
  '/count-claims/[id]/edit/page': ['count claim'],
  '/count-claims/[id]/delete/page': ['deletion'],
  '/organizations/new/page': ['organization'],
  '/organizations/[slug]/edit/page': ['organization'],
  '/countries/new/page': ['state'],
  '/countries/[code]/edit/page': ['state'],
  '/sources/new/page': ['source'],
  '/sources/[id]/edit/page': ['source'],
  '/history/page': [],
  '/record/from-article/page': [],
};

const dist = path.resolve(process.argv[2] || '.next');

function pageChunks(page: string): string[] {
  const file = path.join(dist, 'server/app', page.replace(/\/page$/, ''), 'page_client-reference-manifest.js');
  const g = globalThis as { __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> };
  g.__RSC_MANIFEST = {};
  new Function(fs.readFileSync(file, 'utf8'))();
  const manifest = g.__RSC_MANIFEST[page];
  if (!manifest) throw new Error(`no client manifest for ${page}`);
  return [...new Set(Object.values(manifest.entryJSFiles).flat())];
}

let wrong = 0;
for (const [page, needed] of Object.entries(PAGES)) {
  const chunks = pageChunks(page);
  const text = chunks.map((c) => fs.readFileSync(path.join(dist, c), 'utf8')).join('\n');
  const shipped = Object.entries(MESSAGES).filter(([, m]) => text.includes(m)).map(([name]) => name);
  const extra = shipped.filter((s) => !needed.includes(s));
  const missing = needed.filter((s) => !shipped.includes(s));
  wrong += extra.length + missing.length;
  const kb = Math.round(chunks.reduce((n, c) => n + fs.statSync(path.join(dist, c)).size, 0) / 1024);
  console.log(`${page}: ${chunks.length} chunks, ${kb} KB; schemas: ${shipped.join(', ') || 'none distinctive'}${extra.length ? `; OTHER FORMS: ${extra.join(', ')}` : ''}${missing.length ? `; MISSING: ${missing.join(', ')}` : ''}`);
}
console.log(wrong ? `${wrong} misplaced schema(s)` : 'every form page ships its own schema and no other');
process.exit(wrong ? 1 : 0);
