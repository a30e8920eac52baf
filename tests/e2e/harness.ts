import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/** The built preview (npm run build:preview), served by the tests. */
export const ROOT = path.resolve(__dirname, '../..');
export const PREVIEW_DIR = path.join(ROOT, 'dist/preview');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Builds the preview for production unless ZIPING_E2E_NO_BUILD=1 and a build is there. */
export function buildPreview(): void {
  if (process.env.ZIPING_E2E_NO_BUILD === '1' && fs.existsSync(path.join(PREVIEW_DIR, 'preview.html'))) return;
  const webpack = path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js');
  const result = spawnSync(
    process.execPath,
    [webpack, '--mode', 'production', '--env', 'preview', '--env', 'fast', '--config-name', 'preview'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`the preview did not build:\n${result.stdout}\n${result.stderr}`);
}

export interface StaticServer {
  origin: string;
  /** Every path asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** A tiny static server for a folder, on a free port of 127.0.0.1. */
export async function serve(dir: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface BrowserSession {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Debian's Chromium, headless; nothing is downloaded. Playwright gives each launch a fresh user-data-dir of its
 * own (it refuses --user-data-dir for launch(), which would allow one context only) and removes it on close.
 */
export async function launch(): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return { browser, close: () => browser.close() };
}

export interface Guarded {
  context: BrowserContext;
  page: Page;
  /** Requests to any other host than the test server: each fails the test. */
  foreign: string[];
  /** Content-Security-Policy violations and uncaught page errors. */
  problems: string[];
}

/**
 * A new context and page whose every request is checked: requests to another origin than the test server are
 * aborted and recorded; CSP violations and page errors are recorded too.
 */
export async function guardedPage(
  browser: Browser,
  origin: string,
  options: { acceptDownloads?: boolean; locale?: string; bypassCSP?: boolean } = {},
): Promise<Guarded> {
  const context = await browser.newContext({
    acceptDownloads: options.acceptDownloads ?? true,
    locale: options.locale ?? 'zh-CN',
    viewport: { width: 1440, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
  });
  const foreign: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url === origin) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  // Reports CSP violations to the console (as text: this file is also compiled without the DOM library).
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));`,
  });
  return { context, page, foreign, problems };
}

/** Saves a screenshot under test-artifacts/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.join(ARTIFACTS, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/** Saves a screenshot of one element (the task pane, say) under test-artifacts/screenshots/. */
export async function screenshotOf(locator: Locator, name: string): Promise<void> {
  const dir = path.join(ARTIFACTS, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await locator.screenshot({ path: path.join(dir, `${name}.png`) });
}
