// The browser finder on the machines a contributor may have, played with fake file systems: a
// browser named by CHROMIUM_PATH, a system Chromium (Debian, Ubuntu, macOS, on PATH), none at all
// with Playwright's Chromium already there, downloadable, or not downloadable (offline).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { findBrowser, INSTALL_COMMAND, isSnapLauncher, onPath } from './find-browser.mjs';

const PW = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine whose executables are exactly these paths. */
function machine(files: string[], { platform = 'linux', env = {} as Record<string, string | undefined> } = {}) {
  const present = new Set(files);
  return { platform, env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env }, exists: (f: string) => present.has(f), playwrightPath: () => PW };
}

describe('findBrowser', () => {
  it('uses CHROMIUM_PATH when set, before any system browser', () => {
    const m = machine(['/opt/chrome/chrome', '/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/opt/chrome/chrome' } });
    expect(findBrowser(m)).toEqual({ path: '/opt/chrome/chrome', from: 'CHROMIUM_PATH' });
  });

  it('says so in one line when CHROMIUM_PATH names no executable, without falling back', () => {
    const m = machine(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/nowhere/chrome' } });
    const found = findBrowser(m);
    expect(found.path).toBeNull();
    expect(found.message).toContain('CHROMIUM_PATH is /nowhere/chrome');
    expect(found.message).not.toContain('\n');
  });

  it("finds Debian's /usr/bin/chromium", () => {
    expect(findBrowser(machine(['/usr/bin/chromium', PW]))).toEqual({ path: '/usr/bin/chromium', from: 'system' });
  });

  it('finds chromium-browser or google-chrome on PATH', () => {
    expect(findBrowser(machine(['/usr/local/bin/chromium-browser']))).toEqual({ path: '/usr/local/bin/chromium-browser', from: 'system' });
    expect(findBrowser(machine(['/bin/google-chrome']))).toEqual({ path: '/bin/google-chrome', from: 'system' });
  });

  it('finds Chromium or Google Chrome in /Applications on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser(machine([chrome], { platform: 'darwin' }))).toEqual({ path: chrome, from: 'system' });
  });

  it("uses Playwright's Chromium when there is no system browser and it is installed", () => {
    const install = vi.fn(() => true);
    expect(findBrowser({ ...machine([PW]), install })).toEqual({ path: PW, from: 'playwright' });
    expect(install).not.toHaveBeenCalled();
  });

  it("installs Playwright's Chromium on first use when it is missing and can be downloaded", () => {
    const files = new Set<string>();
    const m = { ...machine([]), exists: (f: string) => files.has(f) };
    const install = vi.fn(() => {
      files.add(PW);
      return true;
    });
    expect(findBrowser({ ...m, install })).toEqual({ path: PW, from: 'playwright' });
    expect(install).toHaveBeenCalledOnce();
  });

  it('names the exact command in one line when the download fails (offline)', () => {
    const found = findBrowser({ ...machine([]), install: () => false });
    expect(found.path).toBeNull();
    expect(found.message).toContain(`\`${INSTALL_COMMAND}\``);
    expect(found.message).toContain('CHROMIUM_PATH');
    expect(found.message).not.toContain('\n');
  });

  it('names the exact command without downloading when installing is not allowed', () => {
    const found = findBrowser(machine([]));
    expect(found.path).toBeNull();
    expect(found.message).toBe(`No Chromium found: run \`${INSTALL_COMMAND}\`, or set CHROMIUM_PATH to a Chromium or Chrome binary.`);
  });
});

describe('system browsers that cannot be driven', () => {
  it("skips Ubuntu's chromium-browser script that hands over to the snap", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'find-browser-'));
    const wrapper = path.join(dir, 'chromium-browser');
    fs.writeFileSync(wrapper, '#! /bin/sh\nif ! [ -x /snap/bin/chromium ]; then\n  echo "Command \'$0\' requires the chromium snap to be installed." >&2\nfi\nexec /snap/bin/chromium "$@"\n', { mode: 0o755 });
    const real = path.join(dir, 'chromium');
    fs.writeFileSync(real, '#!/bin/sh\nexec /usr/lib/chromium/chromium "$@"\n', { mode: 0o755 });
    expect(isSnapLauncher(wrapper)).toBe(true);
    expect(isSnapLauncher(real)).toBe(false);
    expect(onPath('chromium-browser', dir)).toBeNull();
    expect(onPath('chromium', dir)).toBe(real);
  });
});
