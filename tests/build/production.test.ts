// One production build of the add-in, for a deployment (`ADDIN_URL=https://… npm run build`), checked as a unit's IT
// would receive it: the bundle's licences, the manifest, the pages, the CSP and the old-webview check.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as acorn from 'acorn';
import { JSDOM } from 'jsdom';
import webpack from 'webpack';
import { contentSecurityPolicy, OFFICE_JS_CDN } from '../../src/build/csp';
import { manifestVersion, PAGES } from '../../src/build/deployment';
import { validateManifest } from '../../src/build/manifestSchema';
import { FINDING_CODES } from '../../src/core/findings';

const ROOT = path.join(__dirname, '..', '..');
const BASE = 'https://ziping.intranet.example.gov.cn/addin/';
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;

interface Build {
  dir: string;
  packages: Map<string, string>;
}

/** Every npm package whose code ends up in the bundle, with its declared license. */
function bundledPackages(stats: webpack.Stats): Map<string, string> {
  const json = stats.toJson({ modules: true, nestedModules: true, reasons: false, source: false });
  const packages = new Map<string, string>();
  const visit = (modules: webpack.StatsModule[] | undefined) => {
    for (const m of modules ?? []) {
      visit(m.modules);
      const name = m.nameForCondition ?? m.name ?? '';
      const at = name.lastIndexOf('node_modules/');
      if (at < 0) continue;
      const rest = name.slice(at + 'node_modules/'.length).split('/');
      const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
      if (packages.has(pkg)) continue;
      const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as {
        license?: string | { type?: string };
      };
      packages.set(
        pkg,
        typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'UNKNOWN'),
      );
    }
  };
  visit(json.modules);
  return packages;
}

/** `ADDIN_URL=BASE npm run build`, into a folder of its own. */
async function build(): Promise<Build> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, 'webpack.config.js'))({ addinUrl: BASE }, { mode: 'production' });
  config.context = ROOT;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-build-'));
  config.output = { ...config.output, path: dir };
  config.plugins = config.plugins.filter((p: object) => p.constructor.name !== 'InitialSizePlugin');
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
  return { dir, packages: bundledPackages(stats) };
}

// One build for the whole file: it takes a minute or more on a busy machine.
jest.setTimeout(600_000);
let built: Build;
beforeAll(async () => {
  built = await build();
});
afterAll(() => {
  if (built) fs.rmSync(built.dir, { recursive: true, force: true });
});

const read = (file: string) => fs.readFileSync(path.join(built.dir, file), 'utf8');

describe('the production add-in bundle', () => {
  it('holds no GPL-licensed code (HyperFormula and the Excel double stay out of it)', () => {
    const { packages } = built;
    expect(packages.size).toBeGreaterThan(5);
    expect(packages.has('react')).toBe(true);
    expect(packages.has('hyperformula')).toBe(false);
    const copyleft = [...packages].filter(([, license]) => /GPL/i.test(license));
    expect(copyleft).toEqual([]);
    const unknown = [...packages].filter(([, license]) => license === 'UNKNOWN');
    expect(unknown).toEqual([]);
  });
});

describe('dist/addin for ADDIN_URL', () => {
  it('holds a manifest that validates offline, on that base only, with the version of package.json', async () => {
    const manifest = read('manifest.xml');
    const result = await validateManifest(manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(manifest).toContain(`<Version>${manifestVersion(PACKAGE_VERSION)}</Version>`);
    const urls = [...manifest.matchAll(/Value="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.startsWith(BASE))).toEqual([]);
  });

  it('names localhost in no file it ships (source maps aside)', () => {
    const files = fs.readdirSync(built.dir, { recursive: true, encoding: 'utf8' });
    const shipped = files.filter((f) => /\.(xml|html|js|css|txt)$/.test(f));
    expect(shipped).toEqual(expect.arrayContaining(['manifest.xml', PAGES.taskpane, PAGES.help, 'es5check.js']));
    expect(shipped.filter((f) => /localhost/i.test(read(f)))).toEqual([]);
  });

  it('serves every file the manifest points to', () => {
    const manifest = read('manifest.xml');
    const paths = [...new Set([...manifest.matchAll(/Value="https:\/\/[^"]+"/g)].map((m) => m[0].slice(7, -1)))].map(
      (u) => u.slice(BASE.length),
    );
    expect(paths).toEqual(expect.arrayContaining([PAGES.taskpane, PAGES.help, 'assets/icon-32.png']));
    expect(paths.filter((p) => !fs.existsSync(path.join(built.dir, p)))).toEqual([]);
  });

  it('gives the task pane the CSP of src/build/csp.ts, office.js in the head, then the old-webview check, then the bundle', () => {
    const doc = new JSDOM(read(PAGES.taskpane)).window.document;
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe(contentSecurityPolicy(OFFICE_JS_CDN));
    const scripts = [...doc.querySelectorAll('script')];
    // No inline script: everything has a src, on the page's own folder except office.js.
    expect(scripts.filter((s) => !s.getAttribute('src'))).toEqual([]);
    const srcs = scripts.map((s) => s.getAttribute('src') ?? '');
    expect(srcs[0]).toBe(OFFICE_JS_CDN);
    expect(scripts[0].parentElement?.tagName).toBe('HEAD');
    expect(srcs[1]).toBe('es5check.js');
    expect(srcs.slice(2).length).toBeGreaterThan(0);
    for (const src of srcs.slice(1)) {
      expect(src).not.toMatch(/^[a-z]+:|^\/\//i);
      expect(fs.existsSync(path.join(built.dir, src))).toBe(true);
    }
  });

  it('ships the old-webview check as ES5, and a help page that explains every finding code', () => {
    expect(() => acorn.parse(read('es5check.js'), { ecmaVersion: 5 })).not.toThrow();
    const help = new JSDOM(read(PAGES.help)).window.document;
    for (const code of Object.keys(FINDING_CODES)) {
      expect(help.querySelector(`tr#zh-${code}`)?.textContent).toContain(code);
      expect(help.querySelector(`tr#en-${code}`)?.textContent).toContain(code);
    }
    expect(help.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe(PAGES.helpCss);
    expect(read(PAGES.helpCss)).toContain('table');
  });
});
