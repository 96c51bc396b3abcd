import { describe, expect, it } from 'vitest';
import { isEditorPath } from './editor-paths';
import { contentSecurityPolicy } from './headers';
import { requestFacts, safeNextPath } from './request';

describe('after sign-in, only same-site paths', () => {
  it.each([
    ['/record/status-change?organization=icesco', '/record/status-change?organization=icesco'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/sign-in?next=/admin', '/'],
    [undefined, '/'],
  ])('%s → %s', (next, expected) => expect(safeNextPath(next)).toBe(expected));
});

describe('request facts', () => {
  it('takes the address the nearest proxy added, not one the client wrote', () => {
    expect(requestFacts(new Headers({ 'x-forwarded-for': '6.6.6.6, 10.0.0.9' })).ip).toBe('10.0.0.9');
  });
});

describe('editor paths', () => {
  it.each(['/record/status-change', '/admin', '/organizations/icesco/edit', '/organizations/new', '/status-changes/4/edit', '/status-changes/4/cite', '/invitations/2/resolve'])('%s is for editors', (p) => expect(isEditorPath(p)).toBe(true));
  it.each(['/', '/organizations/icesco', '/countries/rus', '/history', '/sources/3', '/sign-in'])('%s is public', (p) => expect(isEditorPath(p)).toBe(false));
});

describe('content security policy', () => {
  it('allows scripts by nonce only and forbids framing, plugins and base changes', () => {
    const csp = contentSecurityPolicy('abc', { secure: false, dev: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"]) expect(csp).toContain(d);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy('abc', { secure: true, dev: false })).toContain('upgrade-insecure-requests');
  });
});
