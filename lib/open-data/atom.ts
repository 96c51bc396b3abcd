// Atom feeds of recorded changes: each entry says what changed, who recorded it, and the quoted source.
import { Feed } from 'feed';
import type { Db } from '@/db/client';
import { listRecentRevisions, type RecentRevision } from '@/db/revisions';
import { getStateByCode } from '@/db/queries/countries';
import { getOrganizationBySlug } from '@/db/queries/organizations';
import { siteOrigin } from '@/lib/site';
import { jsonError } from './http';

const ACTION_WORDS: Record<RecentRevision['action'], string> = { create: 'Recorded', update: 'Corrected', delete: 'Deleted', revert: 'Reverted', import: 'Imported' };

// Characters XML 1.0 does not allow anywhere, not even escaped or in CDATA: one of them makes the
// whole feed unreadable. Forms refuse them; older rows may still hold one.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}

function escapeHtml(text: string): string {
  return xmlText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function safeHref(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export function entryHtml(r: RecentRevision): string {
  const parts = [`<p>${escapeHtml(ACTION_WORDS[r.action])} by ${escapeHtml(r.authorName)}: ${escapeHtml(r.summary)}</p>`];
  if (r.citations.length) {
    const items = r.citations.map((c) => {
      const title = c.source ? escapeHtml(`${c.source.publisher ? `${c.source.publisher}: ` : ''}${c.source.title}`) : 'a source no longer recorded';
      const href = safeHref(c.source?.url ?? null);
      const name = href ? `<a href="${escapeHtml(href)}">${title}</a>` : title;
      const words = c.quote ? ` — <q>${escapeHtml(c.quote)}</q>` : c.locator ? ` (${escapeHtml(c.locator)})` : '';
      return `<li>Source: ${name}${words}</li>`;
    });
    parts.push(`<ul>${items.join('')}</ul>`);
  }
  return parts.join('');
}

function entryLink(origin: string, r: RecentRevision): string {
  if (r.organization) return `${origin}/organizations/${r.organization.slug}`;
  if (r.state) return `${origin}/countries/${r.state.code}`;
  return `${origin}/history`;
}

function atomResponse(origin: string, selfPath: string, pagePath: string, title: string, description: string, revisions: RecentRevision[]): Response {
  const feed = new Feed({
    id: `${origin}${selfPath}`,
    title: xmlText(title),
    description: xmlText(description),
    link: `${origin}${pagePath}`,
    language: 'en',
    updated: revisions[0] ? new Date(revisions[0].createdAt) : new Date(),
    feedLinks: { atom: `${origin}${selfPath}` },
    author: { name: 'Memberline' },
    generator: false,
  });
  for (const r of revisions) {
    feed.addItem({
      id: `${origin}/history#revision-${r.id}`,
      // Atom titles here are type="html": escaped, the summary shows as the words it is.
      title: escapeHtml(r.summary),
      link: entryLink(origin, r),
      date: new Date(r.createdAt),
      author: [{ name: xmlText(r.authorName) }],
      content: entryHtml(r),
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'no-store' } });
}

// Absolute links use PUBLIC_ORIGIN (lib/site.ts); `url` only stands in for it in local use.
export function siteFeed(db: Db, url: URL): Response {
  return atomResponse(siteOrigin(url), '/feeds/changes', '/history', 'Memberline: recorded changes', 'Every change recorded on Memberline, with its source and quote.', listRecentRevisions(db));
}

export function organizationFeed(db: Db, slug: string, url: URL): Response {
  const org = getOrganizationBySlug(db, slug);
  if (!org) return jsonError(404, `No organization has the slug "${slug.slice(0, 80)}".`);
  return atomResponse(siteOrigin(url), `/feeds/organizations/${org.slug}`, `/organizations/${org.slug}`, `Memberline: ${org.acronym} changes`, `Changes recorded for ${org.name}, with their sources and quotes.`, listRecentRevisions(db, { organizationId: org.id }));
}

export function countryFeed(db: Db, code: string, url: URL): Response {
  const state = getStateByCode(db, code);
  if (!state) return jsonError(404, `No state or entity has the code "${code.slice(0, 80)}".`);
  return atomResponse(siteOrigin(url), `/feeds/countries/${state.code}`, `/countries/${state.code}`, `Memberline: ${state.name} changes`, `Changes recorded for ${state.name} in every organization, with their sources and quotes.`, listRecentRevisions(db, { stateId: state.id }));
}
