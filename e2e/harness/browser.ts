// Debian's Chromium driven by playwright-core, offline: every request outside the gateway is refused and
// recorded, and every console error or uncaught exception of the page is kept for the test to assert on.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`; `npm test` installs it): never a downloaded browser. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface OfflineBrowser {
  context: BrowserContext;
  page: Page;
  /** Requests to anywhere but the gateway, refused. */
  blocked: string[];
  /** Console errors and uncaught exceptions of the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** A headless Chromium that may reach only `origin` (the gateway under test). */
export async function offlineBrowser(origin: string, options: { viewport?: { width: number; height: number } } = {}): Promise<OfflineBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run \`apt-get install -y chromium\` (npm test does it when it can).`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'fabrique-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    ...(options.viewport ? { viewport: options.viewport } : {}),
  });
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  return {
    context,
    page,
    blocked,
    pageErrors,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
