import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@/lib/auth/headers';
import { isFrameworkScript, pagePolicy } from './page-policy';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const BOOT = '(self.__next_f=self.__next_f||[]).push([0])';
const DATA = 'self.__next_f.push([1,"0:{\\"a\\":1}\\n"])';
const CHUNKS = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});';

describe('page policy', () => {
  it("allows Next's own inline scripts by their hash, and nothing inline otherwise", () => {
    const html = `<html><head><script src="/_next/static/chunks/a.js" async></script></head><body><p>x</p><script id="_R_">${CHUNKS}</script><script>${BOOT}</script><script>${DATA}</script></body></html>`;
    const csp = pagePolicy(html, { secure: false });
    expect(csp).toContain(`script-src 'self' ${sha(CHUNKS)} ${sha(BOOT)} ${sha(DATA)};`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "default-src 'self'"]) expect(csp).toContain(d);
  });

  it('gives no hash to a script injected into the page', () => {
    for (const injected of ['alert(1)', 'self.__next_f.push([1]);alert(1)', 'self.__next_f.push(alert(1))', `${BOOT};alert(1)`, '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(alert(1));']) {
      expect(isFrameworkScript(injected)).toBe(false);
      expect(pagePolicy(`<p><script>${injected}</script></p>`, { secure: false })).not.toContain(sha(injected));
    }
  });

  it('asks browsers to upgrade to HTTPS only on an HTTPS site', () => {
    expect(contentSecurityPolicy({ secure: false })).not.toContain('upgrade-insecure-requests');
    expect(pagePolicy('<p></p>', { secure: true })).toContain('upgrade-insecure-requests');
  });
});
