import { afterEach, describe, expect, it } from 'vitest';
import { isHttpsSite, publicOrigin, siteOrigin } from '@/lib/site';
import { CLIENT_ADDRESS_FLAG, CLIENT_ADDRESS_HEADER, clientAddress, normalizeAddress, trustedProxyCount } from './client-address';
import { isEditorPath } from './editor-paths';
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
    // Browsers drop tabs and newlines from a URL and read a backslash as a slash.
    ['/\t/evil.example/', '/'],
    ['/\n/evil.example', '/'],
    ['/\r\n/evil.example', '/'],
    ['\t//evil.example', '/'],
    ['/\u0000/evil.example', '/'],
    ['/\u007f/evil.example', '/'],
    ['/\\/evil.example', '/'],
    ['\\\\evil.example', '/'],
    ['/ /evil.example', '/%20/evil.example'],
    // Encoded, once or twice, in case anything downstream decodes again.
    ['/%09/evil.example', '/'],
    ['/%2F/evil.example', '/'],
    ['/%5Cevil.example', '/'],
    ['/%252F%252Fevil.example', '/'],
    ['%2F%2Fevil.example', '/'],
    ['/%E0%A4%A', '/'],
    ['/organizations/icesco#members', '/organizations/icesco#members'],
    ['/search?q=%C3%A9t%C3%A9', '/search?q=%C3%A9t%C3%A9'],
    ['/sign-out', '/'],
    ['x'.repeat(3000), '/'],
  ])('%j → %s', (next, expected) => expect(safeNextPath(next)).toBe(expected));
});

describe('client address', () => {
  afterEach(() => {
    delete process.env[CLIENT_ADDRESS_FLAG];
  });

  it('is the socket address, whatever X-Forwarded-For says, unless proxies are trusted', () => {
    expect(clientAddress({ socket: '::ffff:10.0.0.9', forwardedFor: '6.6.6.6', trustedProxies: 0 })).toBe('10.0.0.9');
    expect(clientAddress({ socket: '10.0.0.9', forwardedFor: undefined, trustedProxies: 0 })).toBe('10.0.0.9');
  });

  it('with N trusted proxies, is the address the outermost one saw; what the client wrote further left is ignored', () => {
    // Client 203.0.113.5 forged "6.6.6.6"; proxy 10.0.0.2 appended the client; the server sees 10.0.0.2.
    expect(clientAddress({ socket: '10.0.0.2', forwardedFor: '6.6.6.6, 203.0.113.5', trustedProxies: 1 })).toBe('203.0.113.5');
    // Two proxies: 10.0.0.1 (outer) appended the client, 10.0.0.2 appended 10.0.0.1.
    expect(clientAddress({ socket: '10.0.0.2', forwardedFor: ['6.6.6.6, 203.0.113.5', '10.0.0.1'], trustedProxies: 2 })).toBe('203.0.113.5');
    // Fewer entries than proxies, or junk: never more left than the header holds, never junk.
    expect(clientAddress({ socket: '10.0.0.2', forwardedFor: '', trustedProxies: 1 })).toBe('10.0.0.2');
    expect(clientAddress({ socket: '10.0.0.2', forwardedFor: `${'x'.repeat(16_000)}`, trustedProxies: 1 })).toBe('10.0.0.2');
  });

  it('reads TRUSTED_PROXIES as a small whole number, else 0', () => {
    expect([undefined, '', '1', '2', '-1', 'two', '1.5', '99'].map(trustedProxyCount)).toEqual([0, 0, 1, 2, 0, 0, 0, 0]);
  });

  it('accepts only IP addresses', () => {
    expect(['10.0.0.1', '[2001:db8::1]', 'fe80::1%eth0', '::1', 'evil.example', '1.2.3.4:80', '999.1.1.1', 'a'.repeat(100)].map(normalizeAddress)).toEqual([
      '10.0.0.1', '2001:db8::1', 'fe80::1', '::1', null, null, null, null,
    ]);
  });

  it('request facts trust only the header the server wrote, and never X-Forwarded-For or X-Forwarded-Proto', () => {
    const h = new Headers({ [CLIENT_ADDRESS_HEADER]: '10.0.0.9', 'x-forwarded-for': '6.6.6.6', 'x-forwarded-proto': 'https' });
    expect(requestFacts(h)).toMatchObject({ ip: 'unknown', secure: false });
    process.env[CLIENT_ADDRESS_FLAG] = '1';
    expect(requestFacts(h)).toMatchObject({ ip: '10.0.0.9', secure: false });
    expect(requestFacts(new Headers({ 'x-forwarded-for': '6.6.6.6' })).ip).toBe('unknown');
  });
});

describe('the public origin', () => {
  it('comes from PUBLIC_ORIGIN alone: https, Secure cookies and absolute links follow it', () => {
    expect(publicOrigin('https://memberline.example/some/path')).toBe('https://memberline.example');
    expect(isHttpsSite('https://memberline.example')).toBe(true);
    expect(isHttpsSite('http://memberline.example')).toBe(false);
    expect(isHttpsSite(undefined)).toBe(false);
    expect([publicOrigin('javascript:alert(1)'), publicOrigin('not a url'), publicOrigin('')]).toEqual([null, null, null]);
    expect(siteOrigin(new URL('http://localhost:3000/feeds/changes'), 'https://memberline.example')).toBe('https://memberline.example');
    expect(siteOrigin(new URL('http://localhost:3000/feeds/changes'), undefined)).toBe('http://localhost:3000');
  });
});

describe('editor paths', () => {
  it.each(['/record/status-change', '/admin', '/organizations/icesco/edit', '/organizations/new', '/status-changes/4/edit', '/status-changes/4/cite', '/invitations/2/resolve'])('%s is for editors', (p) => expect(isEditorPath(p)).toBe(true));
  it.each(['/', '/organizations/icesco', '/countries/rus', '/history', '/sources/3', '/sign-in'])('%s is public', (p) => expect(isEditorPath(p)).toBe(false));
});
