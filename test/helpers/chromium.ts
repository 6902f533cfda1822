/**
 * Headless Chromium for tests that must see a page as a browser does (the HTML report). Every run gets
 * a fresh profile and has the browser's own network chatter (updates, sync, QUIC) switched off, so a
 * test neither reads nor leaves state behind and needs no network.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';

const TIMEOUT_MS = 60_000;

/** Whether Chromium is installed where {@link renderInChromium} looks for it. */
export function chromiumAvailable(): boolean {
  try {
    accessSync(CHROMIUM, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a Chromium test must be skipped: only on a developer's machine without Chromium, and then it says so.
 * CI (which sets `CI`) installs Chromium, so there a missing browser fails the test instead of skipping it.
 */
export function skipWithoutChromium(test: string): boolean {
  const skip = !chromiumAvailable() && !process.env.CI;
  if (skip) console.warn(`${test}: skipped — no Chromium at ${CHROMIUM} (CI installs it; there this test fails instead)`);
  return skip;
}

/** The browser's own chatter (updates, sync, QUIC) off: a test neither reads nor leaves state, and needs no network. */
export const QUIET_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Loads a local HTML file in headless Chromium and returns the DOM it built, serialized. */
export async function renderInChromium(htmlFile: string): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'fupin-chromium-'));
  try {
    const args = [
      '--headless',
      ...QUIET_CHROMIUM_ARGS,
      `--user-data-dir=${profile}`,
      '--dump-dom',
      // pathToFileURL percent-encodes what a bare `file://` + path would not (spaces, `#`, `?`, non-ASCII).
      pathToFileURL(resolve(htmlFile)).href,
    ];
    return await new Promise<string>((done, fail) => {
      execFile(CHROMIUM, args, { timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
        if (error) fail(new Error(`chromium failed: ${error.message}\n${stderr}`));
        else done(stdout);
      });
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
