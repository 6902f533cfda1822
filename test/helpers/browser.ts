/**
 * Headless Chromium driven by playwright-core, for tests that use a page as an auditor does (the offline audit
 * page of issue 17): Debian's Chromium at {@link CHROMIUM}, never a downloaded browser. Launch one browser a test
 * file ({@link launchChromium}) and open a fresh context a test ({@link openWatchedPage}); skip with
 * `skipWithoutChromium` (test/helpers/chromium.ts), which skips only on a developer's machine without Chromium and
 * fails in CI.
 *
 * Every context is watched for any attempt to reach a network, and cut off from it:
 * - every request of its pages, frames and workers (`context.on('request')`), and every page's WebSockets and
 *   workers — anything but `file:`, `blob:` and `data:` counts, and is aborted (the context is offline too);
 * - every connection the page's Content-Security-Policy blocked: those never become requests, so Chromium's own
 *   log (CDP `Log.entryAdded`, which also carries the page's workers' entries) is read for them.
 * A test asserts `network.attempts()` is empty after its run.
 */
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM, QUIET_CHROMIUM_ARGS } from './chromium.js';

/** URL schemes that never reach a network: the page's own file, and what it makes in memory. */
export const LOCAL_SCHEMES: readonly string[] = ['file:', 'blob:', 'data:'];

/** Whether a URL stays on the machine. */
export function isLocal(url: string): boolean {
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase();
  return scheme !== undefined && LOCAL_SCHEMES.includes(scheme);
}

/** One attempt to reach a network: how it was seen, and where it went. */
export interface NetworkAttempt {
  readonly via: 'request' | 'websocket' | 'worker' | 'blocked by CSP';
  readonly url: string;
}

/** Everything a context's pages asked of the network (local URLs are kept too, to show what was loaded). */
export class NetworkLog {
  private readonly seen: NetworkAttempt[] = [];

  record(via: NetworkAttempt['via'], url: string): void {
    this.seen.push({ via, url });
  }

  /** Every URL requested, local ones included. */
  requests(): string[] {
    return this.seen.filter((a) => a.via === 'request').map((a) => a.url);
  }

  /** The attempts to leave the machine: any non-local URL, and any WebSocket or CSP-blocked connection at all. */
  attempts(): NetworkAttempt[] {
    return this.seen.filter((a) => a.via === 'websocket' || a.via === 'blocked by CSP' || !isLocal(a.url));
  }

  /** Forgets what was recorded (after a test made an attempt of its own on purpose). */
  clear(): void {
    this.seen.length = 0;
  }
}

/** Launches Debian's Chromium headless. One a test file: contexts keep the tests apart. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...QUIET_CHROMIUM_ARGS],
  });
}

export interface WatchedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly network: NetworkLog;
  close(): Promise<void>;
}

// A CSP report names the URL it blocked: `Connecting to 'https://…' violates …`, `Loading the image 'http://…' …`,
// `Fetch API cannot load https://…. Refused to connect …`. Every URL of such an entry that is not local is an attempt.
const CSP_ENTRY = /Content Security Policy/i;
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s'"<>]+/gi;

/** Watches a page of the context: its WebSockets, workers and CSP-blocked connections. */
async function watch(context: BrowserContext, page: Page, network: NetworkLog): Promise<void> {
  page.on('websocket', (ws) => {
    network.record('websocket', ws.url());
  });
  page.on('worker', (worker) => {
    network.record('worker', worker.url());
  });
  const cdp = await context.newCDPSession(page);
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (!CSP_ENTRY.test(entry.text)) return;
    for (const url of entry.text.match(URL_IN_TEXT) ?? []) if (!isLocal(url)) network.record('blocked by CSP', url.replace(/[.,;:]+$/, ''));
  });
  await cdp.send('Log.enable');
}

/**
 * A fresh context (offline, downloads accepted, no service workers) and a page in it, every network attempt
 * recorded in `network` and none let through: requests to non-local URLs are aborted, WebSockets closed unopened.
 */
export async function openWatchedPage(browser: Browser): Promise<WatchedPage> {
  const context = await browser.newContext({ offline: true, acceptDownloads: true, serviceWorkers: 'block' });
  const network = new NetworkLog();
  context.on('request', (request) => {
    network.record('request', request.url());
  });
  await context.route(
    (url) => !isLocal(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  await context.routeWebSocket(
    () => true,
    async (ws) => {
      network.record('websocket', ws.url());
      await ws.close();
    },
  );
  // Each page once: the first (awaited, so nothing it does goes unseen) and any it opens.
  const watched = new Map<Page, Promise<void>>();
  const watchOnce = (p: Page): Promise<void> => {
    let done = watched.get(p);
    if (!done) watched.set(p, (done = watch(context, p, network)));
    return done;
  };
  context.on('page', (p) => {
    watchOnce(p).catch(() => undefined); // a popup closed at once: nothing left to watch
  });
  const page = await context.newPage();
  await watchOnce(page);
  return {
    context,
    page,
    network,
    close: () => context.close(),
  };
}

/** A rectangle of a picture, in CSS pixels from its top left corner. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The share of a PNG's pixels (inside `box`, when given) darker than mid-grey: about 0 for a blank picture, a few
 * hundredths for a page of text. The browser decodes the picture, in a blank page of the context opened for that.
 */
export async function inkShare(context: BrowserContext, png: Buffer, box?: Box): Promise<number> {
  const scratch = await context.newPage();
  try {
    return await scratch.evaluate(
      async ({ base64, box }) => {
        // In the page: a blank document with the canvas API (tsconfig has no DOM library).
        interface Bitmap {
          width: number;
          height: number;
        }
        const w = globalThis as unknown as {
          atob(s: string): string;
          createImageBitmap(b: unknown): Promise<Bitmap>;
          Blob: new (parts: unknown[], options: { type: string }) => unknown;
          OffscreenCanvas: new (
            w: number,
            h: number,
          ) => {
            getContext(kind: '2d'): {
              drawImage(b: Bitmap, x: number, y: number): void;
              getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> };
            };
          };
        };
        const bytes = Uint8Array.from(w.atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await w.createImageBitmap(new w.Blob([bytes], { type: 'image/png' }));
        const g = new w.OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
        g.drawImage(bitmap, 0, 0);
        const { x, y, width, height } = box ?? { x: 0, y: 0, width: bitmap.width, height: bitmap.height };
        const { data } = g.getImageData(Math.round(x), Math.round(y), Math.max(1, Math.round(width)), Math.max(1, Math.round(height)));
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 128) dark++;
        return dark / (data.length / 4);
      },
      { base64: png.toString('base64'), box },
    );
  } finally {
    await scratch.close();
  }
}
