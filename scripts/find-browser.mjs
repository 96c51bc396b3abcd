// Which Chromium the end-to-end tests drive: CHROMIUM_PATH if set, else a system Chromium, else
// Playwright's own (installed on first use with `npx playwright install chromium` when missing).
//
//   node scripts/find-browser.mjs            prints the path; installs Playwright's Chromium if needed
//   node scripts/find-browser.mjs --no-install  prints the path or explains, never downloads
//
// findBrowser() takes its surroundings as arguments so that the unit test can play each machine.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const INSTALL_COMMAND = 'npx playwright install chromium';

/** System Chromium binaries, in the order they are tried. */
export const SYSTEM_PATHS = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
};
export const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Ubuntu's chromium-browser (and /snap/bin/chromium) hand over to the Chromium snap, whose private
 * /tmp hides the profile folder Playwright creates: such a browser cannot be driven, so skip it.
 */
export function isSnapLauncher(file) {
  try {
    const real = fs.realpathSync(file);
    if (real.startsWith('/snap/') || real === '/usr/bin/snap') return true;
    if (fs.statSync(real).size > 64 * 1024) return false;
    const head = fs.readFileSync(real, 'utf8');
    return head.startsWith('#!') && /\/snap\/|snap install/.test(head);
  } catch {
    return false;
  }
}

/** An executable file that is not a snap launcher. */
export function isUsableBrowser(file) {
  return isExecutable(file) && !isSnapLauncher(file);
}

/** The first of names found on PATH, as a full path. */
export function onPath(name, envPath = process.env.PATH || '', exists = isUsableBrowser) {
  for (const dir of envPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (exists(candidate)) return candidate;
  }
  return null;
}

/** Where Playwright keeps (or would keep) its own Chromium for this version of @playwright/test. */
export function playwrightChromiumPath() {
  try {
    const require = createRequire(import.meta.url);
    return require('playwright-core').chromium.executablePath();
  } catch {
    return null;
  }
}

/**
 * @typedef {{ path: string | null, from: 'CHROMIUM_PATH' | 'system' | 'playwright' | 'missing', message?: string }} Found
 * @typedef {{
 *   env?: Record<string, string | undefined>,
 *   platform?: string,
 *   exists?: (file: string) => boolean,
 *   playwrightPath?: () => string | null,
 *   install?: (() => boolean) | null,
 * }} Machine
 */

/**
 * Decides which browser to use; `path` is null when there is none, and `message` then says why.
 * @param {Machine} [machine]
 * @returns {Found}
 */
export function findBrowser({
  env = process.env,
  platform = process.platform,
  exists = isUsableBrowser,
  playwrightPath = playwrightChromiumPath,
  install = null,
} = {}) {
  if (env.CHROMIUM_PATH) {
    if (exists(env.CHROMIUM_PATH)) return { path: env.CHROMIUM_PATH, from: 'CHROMIUM_PATH' };
    return { path: null, from: 'missing', message: `CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which is not an executable file: point it at a Chromium or unset it.` };
  }
  const systemPaths = /** @type {Record<string, string[]>} */ (SYSTEM_PATHS)[platform] ?? [];
  for (const file of systemPaths) if (exists(file)) return { path: file, from: 'system' };
  for (const name of PATH_NAMES) {
    const found = onPath(name, env.PATH, exists);
    if (found) return { path: found, from: 'system' };
  }
  const own = playwrightPath();
  if (own && exists(own)) return { path: own, from: 'playwright' };
  if (install) {
    if (install() && own && exists(own)) return { path: own, from: 'playwright' };
    return { path: null, from: 'missing', message: `No Chromium found and Playwright could not download its own: run \`${INSTALL_COMMAND}\` once online, or set CHROMIUM_PATH to a Chromium or Chrome binary.` };
  }
  return { path: null, from: 'missing', message: `No Chromium found: run \`${INSTALL_COMMAND}\`, or set CHROMIUM_PATH to a Chromium or Chrome binary.` };
}

/**
 * Downloads Playwright's Chromium; true when it worked. Its own output (a stack trace when offline)
 * is kept back: findBrowser's one line says what to do when the download fails.
 */
export function installPlaywrightChromium() {
  console.error(`No system Chromium: downloading Playwright's own (${INSTALL_COMMAND}) …`);
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'ignore', timeout: 10 * 60_000 });
  return result.status === 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const found = findBrowser({ install: process.argv.includes('--no-install') ? null : installPlaywrightChromium });
  if (!found.path) {
    console.error(found.message);
    process.exit(1);
  }
  console.log(found.path);
}
