// Security headers on every page type, and the script hashes actually in use (no CSP violation).
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { signInWith } from './fixtures/auth';
import { newAccount, newOrganizationWithHistory } from './fixtures/data';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

/** Every page type; the organization and country pages are of records the test makes. */
const PAGES = ['/', '/organizations', '/organizations/[slug]', '/organizations/[slug]/on/2000-01-01', '/countries', '/countries/[code]', '/sources', '/sign-in', '/no-such-page', '/api/v1/organizations'];
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

test.describe('headers', () => {
  for (const template of PAGES) {
    test(`${template} carries a CSP that lists each of its inline scripts, and the other security headers`, async ({ request }) => {
      let url = template;
      if (template.includes('[')) {
        const { org, observer } = newOrganizationWithHistory();
        url = template.replace('[slug]', org.slug).replace('[code]', observer.code);
      }
      const first = await request.get(url);
      const csp = first.headers()['content-security-policy']!;
      for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "default-src 'self'"]) expect(csp).toContain(directive);
      expect(/script-src [^;]*unsafe-(inline|eval)/.test(csp)).toBe(false);
      expect(first.headers()['x-content-type-options']).toBe('nosniff');
      expect(first.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(first.headers()['x-powered-by']).toBeUndefined();
      if ((first.headers()['content-type'] ?? '').startsWith('text/html')) {
        const html = await first.text();
        // Every inline script Next writes is allowed by its hash, and by nothing else.
        const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
        expect(inline.length).toBeGreaterThan(0);
        const scriptSrc = /script-src ([^;]*)/.exec(csp)![1]!;
        for (const body of inline) expect(scriptSrc).toContain(sha256(body));
        expect(scriptSrc.split(' ').filter((s) => s.startsWith("'sha256-")).length).toBe(new Set(inline).size);
      }
    });
  }

  test('cached pages and open data let a CDN keep them only if it asks again, and set no cookie', async ({ request }) => {
    const { org, observer } = newOrganizationWithHistory();
    const [slug, code] = [org.slug, observer.code];
    for (const url of [`/organizations/${slug}`, `/countries/${code}`, `/organizations/${slug}/on/2000-01-01`, `/api/v1/organizations/${slug}`, `/api/v1/countries/${code}/spells.csv`, `/feeds/organizations/${slug}`]) {
      await request.get(url);
      const response = await request.get(url);
      expect(response.headers()['cache-control'], url).toBe('public, max-age=0, must-revalidate');
      const etag = response.headers()['etag'];
      expect(etag, url).toBeTruthy();
      expect(response.headers()['set-cookie'], url).toBeUndefined();
      const again = await request.get(url, { headers: { 'If-None-Match': etag! } });
      expect(again.status(), url).toBe(304);
    }
  });

  test('pages run under the CSP without a single violation, and editor pages are not cached', async ({ page }) => {
    const { org, observer } = newOrganizationWithHistory();
    const violations: string[] = [];
    page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
    for (const url of ['/', `/organizations/${org.slug}`, `/countries/${observer.code}`, '/sign-in']) await page.goto(url);
    await signInWith(page, await newAccount('admin'), '/admin');
    const response = await page.goto('/admin');
    expect(response!.headers()['cache-control']).toContain('no-store');
    const signIn = await page.request.get('/sign-in');
    expect(signIn.headers()['cache-control']).toContain('no-store');
    expect(violations).toEqual([]);
  });
});
