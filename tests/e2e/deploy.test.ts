// A deployment as a unit's IT would do it: `ADDIN_URL=… npm run build`, the README's nginx example
// (docs/deploy/nginx.conf, run as written but on 127.0.0.1 with a self-signed certificate made by openssl), and the
// task pane opened through it in Chromium under its Content-Security-Policy, office.js served as Microsoft's CDN
// serves it (the files of @microsoft/office-js). nginx stops with the test, and on its own after five minutes.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as https from 'node:https';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, ROOT, screenshot } from './harness';

const HOST = 'ziping.example.gov.cn';
const BASE_PATH = '/ziping/';
const OFFICE_JS_DIST = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const NGINX = '/usr/sbin/nginx';

let work: string;
let port: number;
let nginx: ChildProcess | undefined;
let browser: Browser | undefined;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: p } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return p;
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout + result.stderr;
}

/** The README's example with only the host's own details changed; fails if the example no longer has them. */
function exampleConfig(dist: string, cert: string, key: string): string {
  let conf = fs.readFileSync(path.join(ROOT, 'docs', 'deploy', 'nginx.conf'), 'utf8');
  const swap = (from: string, to: string) => {
    if (!conf.includes(from)) throw new Error(`docs/deploy/nginx.conf no longer contains ${from}`);
    conf = conf.split(from).join(to);
  };
  swap('listen 443 ssl;', `listen 127.0.0.1:${port} ssl;`);
  swap('/etc/ssl/ziping/ziping.crt', cert);
  swap('/etc/ssl/ziping/ziping.key', key);
  swap('/srv/ziping/addin/', `${dist}/`);
  return conf;
}

/** GET (or another method) over https, trusting only the test's own certificate, for the example's host name. */
function request(
  urlPath: string,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const ca = fs.readFileSync(path.join(work, 'ziping.crt'));
  return new Promise((resolve, reject) => {
    const req = https.request({ host: '127.0.0.1', port, path: urlPath, method, ca, servername: HOST }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  if (!fs.existsSync(NGINX)) throw new Error('nginx is not installed: run scripts/setup.sh');
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-deploy-'));
  // nginx's workers run as an unprivileged user: the folder must be readable by them.
  fs.chmodSync(work, 0o755);
  port = await freePort();
  const dist = path.join(work, 'addin');
  run(process.execPath, [
    path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js'),
    '--mode',
    'production',
    '--env',
    `addinUrl=https://${HOST}${BASE_PATH}`,
    '--output-path',
    dist,
  ]);
  run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    `/CN=${HOST}`,
    '-addext',
    `subjectAltName=DNS:${HOST}`,
    '-keyout',
    path.join(work, 'ziping.key'),
    '-out',
    path.join(work, 'ziping.crt'),
  ]);
  fs.writeFileSync(
    path.join(work, 'ziping.conf'),
    exampleConfig(dist, path.join(work, 'ziping.crt'), path.join(work, 'ziping.key')),
  );
  const temp = (name: string) => `${name} ${path.join(work, name)};`;
  fs.writeFileSync(
    path.join(work, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${path.join(work, 'nginx.pid')};`,
      `error_log ${path.join(work, 'error.log')};`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  access_log ${path.join(work, 'access.log')};`,
      `  ${temp('client_body_temp_path')} ${temp('proxy_temp_path')} ${temp('fastcgi_temp_path')}`,
      `  ${temp('uwsgi_temp_path')} ${temp('scgi_temp_path')}`,
      `  include ${path.join(work, 'ziping.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  // The example must pass nginx's own check, as the README tells IT to run it.
  expect(run(NGINX, ['-t', '-p', work, '-c', path.join(work, 'nginx.conf')])).toContain('test is successful');
  // Bounded: `timeout` stops nginx after five minutes even if this process dies without cleaning up.
  nginx = spawn('timeout', ['-s', 'TERM', '300', NGINX, '-p', work, '-c', path.join(work, 'nginx.conf')], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const s = net.connect({ port, host: '127.0.0.1' });
      s.once('connect', () => (s.destroy(), resolve(true)));
      s.once('error', () => resolve(false));
    });
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
  });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx!.once('exit', resolve));
    nginx.kill('SIGTERM');
    await exited;
  }
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('the nginx example serving dist/addin', () => {
  it('serves the manifest, the pane and the help page over https, for the name in its certificate', async () => {
    const manifest = await request(`${BASE_PATH}manifest.xml`);
    expect(manifest.status).toBe(200);
    expect(manifest.headers['content-type']).toMatch(/^text\/xml/);
    expect(manifest.body).toContain(`<SourceLocation DefaultValue="https://${HOST}${BASE_PATH}taskpane.html"/>`);
    expect(manifest.body).not.toMatch(/localhost/i);
    const pane = await request(`${BASE_PATH}taskpane.html`);
    expect(pane.status).toBe(200);
    expect(pane.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(pane.headers['cache-control']).toBe('no-cache');
    expect(pane.body).toContain('Content-Security-Policy');
    expect((await request(`${BASE_PATH}help.html`)).status).toBe(200);
    expect((await request(`${BASE_PATH}assets/icon-32.png`)).headers['content-type']).toBe('image/png');
  });

  it('caches the hashed bundle for a year, refuses anything but GET and HEAD, and has nothing else', async () => {
    const pane = await request(`${BASE_PATH}taskpane.html`);
    const bundle = /src="?(taskpane\.[0-9a-f]{8}\.js)/.exec(pane.body)?.[1];
    expect(bundle).toBeDefined();
    const js = await request(`${BASE_PATH}${bundle}`);
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request(`${BASE_PATH}manifest.xml`, 'POST')).status).toBe(403);
    expect((await request(`${BASE_PATH}no-such-file.html`)).status).toBe(404);
    expect((await request('/')).status).toBe(404);
  });
});

describe('the task pane through it, in Chromium, under its CSP', () => {
  interface Opened {
    context: BrowserContext;
    page: Page;
    violations: string[];
    foreign: string[];
    officeJs: string[];
  }

  /** A page whose requests to Microsoft's CDN get the office.js files, and every other host is refused. */
  async function open(urlPath: string, init?: string): Promise<Opened> {
    const context = await browser!.newContext({ ignoreHTTPSErrors: true, locale: 'zh-CN' });
    const opened: Opened = { context, page: undefined as unknown as Page, violations: [], foreign: [], officeJs: [] };
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.host === `${HOST}:${port}`) return route.continue();
      if (url.origin === 'https://appsforoffice.microsoft.com' && url.pathname.startsWith('/lib/1/hosted/')) {
        const rel = url.pathname.slice('/lib/1/hosted/'.length);
        const file = [rel, rel.toLowerCase()].map((r) => path.join(OFFICE_JS_DIST, r)).find((f) => fs.existsSync(f));
        opened.officeJs.push(rel);
        if (file) return route.fulfill({ path: file, contentType: 'application/javascript' });
        return route.fulfill({ status: 404 });
      }
      opened.foreign.push(url.href);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    opened.page = page;
    await page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (e) => window.__violations = (window.__violations || []).concat(e.violatedDirective + ' ' + e.blockedURI));${init ?? ''}`,
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) opened.violations.push(m.text());
    });
    await page.goto(`https://${HOST}:${port}${urlPath}`);
    return opened;
  }

  /**
   * What the policy refused, but for the one refusal it is meant to make: outside Office (and in Office 2013-era hosts,
   * o15apptofilemappingtable.js) office.js frames its legacy telemetry proxy from this host; the CSP keeps it out, and
   * the pane works without it. Modern hosts' files (excel-web-16.00.js, excel-win32-16.01.js) have no such frame.
   */
  const REFUSED_ON_PURPOSE = 'https://telemetryservice.firstpartyapps.oaspapps.com';

  async function violations(o: Opened): Promise<string[]> {
    const seen = await o.page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
    return [...seen, ...o.violations].filter((v) => !v.includes(REFUSED_ON_PURPOSE));
  }

  async function refusedTelemetry(o: Opened): Promise<boolean> {
    const seen = await o.page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
    return seen.some((v) => v.startsWith(`frame-src ${REFUSED_ON_PURPOSE}`));
  }

  it('loads office.js from the CDN, draws the pane, and breaks no rule of its CSP', async () => {
    const o = await open(`${BASE_PATH}taskpane.html`);
    await o.page.waitForFunction(() => typeof (window as unknown as { Office?: unknown }).Office !== 'undefined');
    await o.page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
    await o.page.waitForTimeout(500);
    await screenshot(o.page, 'deploy-taskpane');
    expect(o.officeJs).toContain('office.js');
    expect(await o.page.locator('#ziping-old-webview').count()).toBe(0);
    expect(await violations(o)).toEqual([]);
    // office.js's telemetry frame was refused by frame-src, not by the test's network guard.
    await o.page.waitForFunction(
      (host) => ((window as unknown as { __violations?: string[] }).__violations ?? []).some((v) => v.includes(host)),
      REFUSED_ON_PURPOSE,
      { timeout: 10_000 },
    );
    expect(await refusedTelemetry(o)).toBe(true);
    expect(o.foreign).toEqual([]);
    await o.context.close();
  });

  it('on a webview without what the bundle needs, shows the old-webview message instead, also under the CSP', async () => {
    const o = await open(`${BASE_PATH}taskpane.html`, 'delete Promise.allSettled;');
    const message = o.page.locator('#ziping-old-webview');
    await message.waitFor();
    await expect(message.textContent()).resolves.toContain('ZiPing 需要 Microsoft 365 或 Office 2021 及更高版本');
    await expect(message.textContent()).resolves.toContain('ZiPing needs Microsoft 365 or Office 2021 or later');
    expect(await o.page.locator('#root').isVisible()).toBe(false);
    await screenshot(o.page, 'deploy-old-webview');
    expect(await violations(o)).toEqual([]);
    await o.context.close();
  });

  it('shows the help page styled by its own stylesheet only', async () => {
    const o = await open(`${BASE_PATH}help.html`);
    await o.page.locator('table').first().waitFor();
    expect(
      await o.page
        .locator('table')
        .first()
        .evaluate((t) => getComputedStyle(t).borderCollapse),
    ).toBe('collapse');
    expect(await violations(o)).toEqual([]);
    expect(o.foreign).toEqual([]);
    await o.context.close();
  });
});
