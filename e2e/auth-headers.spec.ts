// Security headers on every page type, and the nonce actually in use (no CSP violation).
import { expect, test } from '@playwright/test';
import { signInWith } from './fixtures/auth';
import { newAccount, newOrganizationWithHistory } from './fixtures/data';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

/** Every page type; the organization and country pages are of records the test makes. */
const PAGES = ['/', '/organizations', '/organizations/[slug]', '/countries', '/countries/[code]', '/sources', '/sign-in', '/no-such-page', '/api/v1/organizations'];

test.describe('headers', () => {
  for (const template of PAGES) {
    test(`${template} carries a nonce CSP and the other security headers`, async ({ request }) => {
      let url = template;
      if (template.includes('[')) {
        const { org, observer } = newOrganizationWithHistory();
        url = template.replace('[slug]', org.slug).replace('[code]', observer.code);
      }
      const first = await request.get(url);
      const second = await request.get(url);
      const csp = first.headers()['content-security-policy']!;
      for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "default-src 'self'"]) expect(csp).toContain(directive);
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce).toBeTruthy();
      expect(second.headers()['content-security-policy']).not.toContain(nonce!);
      expect(/script-src [^;]*unsafe-inline/.test(csp)).toBe(false);
      expect(first.headers()['x-content-type-options']).toBe('nosniff');
      expect(first.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(first.headers()['x-powered-by']).toBeUndefined();
      if ((first.headers()['content-type'] ?? '').startsWith('text/html')) {
        const html = await first.text();
        // Every script Next writes carries this response's nonce.
        const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
        expect(scripts.length).toBeGreaterThan(0);
        for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      }
    });
  }

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
