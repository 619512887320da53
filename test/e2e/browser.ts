import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseUrl = (): string => inject('baseUrl');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Everything a page did that the privacy and CSP promises forbid, collected as it happens. */
export interface Watch {
  requests: string[];
  foreignRequests: string[];
  cspViolations: string[];
  pageErrors: string[];
}

/** `origin`: the site's own, unless a test serves something else (a harness). */
export function watch(context: BrowserContext, origin = new URL(baseUrl()).origin): Watch {
  const record: Watch = { requests: [], foreignRequests: [], cspViolations: [], pageErrors: [] };
  context.on('request', (request) => {
    const url = request.url();
    record.requests.push(url);
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
      record.foreignRequests.push(url);
    }
  });
  const watchPage = (page: Page) => {
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) record.cspViolations.push(message.text());
    });
    page.on('pageerror', (error) => record.pageErrors.push(error.message));
  };
  context.on('page', watchPage);
  return record;
}

export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; watched: Watch }> {
  const context = await browser.newContext({ locale: 'nl-NL', ...options });
  return { context, watched: watch(context) };
}

export const url = (path: string): string => new URL(path, baseUrl()).href;
