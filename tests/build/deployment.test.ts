// Deployment without a build: the manifest for an ADDIN_URL, the pane's CSP, the help page and the old-webview check.
// tests/build/production.test.ts checks the same things in the output of a real production build.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as acorn from 'acorn';
import { JSDOM, ResourceLoader } from 'jsdom';
import { addinBase, DEV_BASE, manifestVersion, PAGES, renderManifest } from '../../src/build/deployment';
import { contentSecurityPolicy, directive, OFFICE_JS_CDN, officeJsUrl } from '../../src/build/csp';
import { findingRows, renderHelpPage } from '../../src/build/helpPage';
import { validateManifest } from '../../src/build/manifestSchema';
import { RIBBON_CONTROLS, RIBBON_TAB } from '../../src/addin/commands/ribbon';
import { FINDING_CODES } from '../../src/core/findings';
import { checkManifest, type AssetReader } from '../manifest/manifestChecks';
import { RIBBON_FUNCTIONS } from '../../src/addin/commands/ribbon';

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;
const ES5_CHECK = fs.readFileSync(path.join(ROOT, 'src', 'addin', 'html', 'es5check.js'), 'utf8');

const readAsset: AssetReader = (urlPath) => {
  const rel = urlPath.replace(/^ziping\//, '');
  if (!rel.startsWith('assets/') || rel.includes('..')) return undefined;
  const file = path.join(ROOT, rel);
  return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
};

describe('ADDIN_URL: where the add-in is deployed', () => {
  it('is the dev server without ADDIN_URL, and any https folder with it (a "/" added)', () => {
    expect(addinBase(undefined)).toBe('https://localhost:3000/');
    expect(addinBase('')).toBe(DEV_BASE);
    expect(addinBase('https://intranet.example.gov.cn/ziping')).toBe('https://intranet.example.gov.cn/ziping/');
    expect(addinBase('https://10.1.2.3:8443/')).toBe('https://10.1.2.3:8443/');
  });

  it.each([
    ['http://intranet/ziping/', 'not https'],
    ['intranet/ziping', 'not a URL'],
    ['https://intranet/ziping/?v=1', 'query'],
    ['https://user:pw@intranet/ziping/', 'credentials'],
  ])('refuses %s, saying why', (value, why) => {
    expect(() => addinBase(value)).toThrow(why);
  });

  it("takes the manifest's four-part version from package.json's x.y.z", () => {
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(manifestVersion('12.3.45')).toBe('12.3.45.0');
    expect(() => manifestVersion('1.0.0-beta.1')).toThrow('not x.y.z');
  });

  it("keeps the development manifest's version in step with package.json", () => {
    expect(MANIFEST).toContain(`<Version>${manifestVersion(PACKAGE_VERSION)}</Version>`);
  });
});

describe('the manifest for a deployment', () => {
  const base = 'https://intranet.example.gov.cn/ziping/';
  const deployed = renderManifest(MANIFEST, { base, version: '3.4.5.0' });

  it('names no localhost, anywhere (comments included)', () => {
    expect(deployed).not.toMatch(/localhost/i);
    expect(MANIFEST).toMatch(/localhost/);
  });

  it('puts every URL on the base, the pane, the help page and the icons among them', () => {
    const urls = [...deployed.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.startsWith(base))).toEqual([]);
    expect(deployed).toContain(`<SupportUrl DefaultValue="${base}${PAGES.help}"/>`);
    expect(deployed).toContain(`<SourceLocation DefaultValue="${base}${PAGES.taskpane}"/>`);
    expect(deployed).toContain(`<bt:Url id="LearnMore.Url" DefaultValue="${base}${PAGES.help}"/>`);
    expect(deployed).toContain(`<Version>3.4.5.0</Version>`);
  });

  it('validates offline against the schemas', async () => {
    const result = await validateManifest(deployed);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("passes every check of tests/manifest on the deployment's origin", () => {
    const problems = checkManifest(deployed, {
      functions: RIBBON_FUNCTIONS,
      ribbon: { tab: RIBBON_TAB, controls: RIBBON_CONTROLS },
      readAsset,
      urlPolicy: {
        origin: 'https://intranet.example.gov.cn',
        pages: [`ziping/${PAGES.taskpane}`, `ziping/${PAGES.help}`],
        assetsPrefix: 'ziping/assets/',
      },
    });
    expect(problems).toEqual([]);
  });

  it('refuses a manifest that would keep a localhost URL', () => {
    const stray = MANIFEST.replace('</OfficeApp>', '<!-- see http://localhost:8080 --></OfficeApp>');
    expect(() => renderManifest(stray, { base, version: '1.0.0.0' })).toThrow('still names localhost');
  });
});

describe("the task pane's Content-Security-Policy", () => {
  const csp = contentSecurityPolicy(OFFICE_JS_CDN);

  it("allows scripts from the page's own origin and office.js's CDN, and no other origin", () => {
    expect(directive(csp, 'script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directive(csp, 'default-src')).toEqual(["'self'"]);
    expect(directive(csp, 'connect-src')).toEqual(["'self'"]);
    // Excel on the web shows its trust prompt in a frame from office.js's own folder.
    expect(directive(csp, 'frame-src')).toEqual(['https://appsforoffice.microsoft.com']);
    expect(directive(csp, 'object-src')).toEqual(["'none'"]);
  });

  it('allows no eval and no inline script; inline styles only (Fluent UI inserts them)', () => {
    expect(csp).not.toContain('unsafe-eval');
    expect(directive(csp, 'script-src')).not.toContain("'unsafe-inline'");
    expect(directive(csp, 'style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('follows OFFICE_JS_URL: the China CDN (21Vianet), a copy on an intranet server, or one beside the add-in', () => {
    const china = 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js';
    expect(officeJsUrl(china)).toBe(china);
    expect(directive(contentSecurityPolicy(officeJsUrl(china)), 'script-src')).toEqual([
      "'self'",
      'https://appsforoffice.cdn.partner.office365.cn',
    ]);
    expect(directive(contentSecurityPolicy('https://files.intranet/officejs/office.js'), 'script-src')).toEqual([
      "'self'",
      'https://files.intranet',
    ]);
    const local = officeJsUrl('office-js/office.js');
    expect(directive(contentSecurityPolicy(local), 'script-src')).toEqual(["'self'"]);
    expect(directive(contentSecurityPolicy(local), 'frame-src')).toEqual(["'self'"]);
    expect(officeJsUrl(undefined)).toBe(OFFICE_JS_CDN);
  });

  it.each([
    ['http://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'not https'],
    ['https://example.com/lib/other.js', 'office.js'],
    ['../office.js', 'relative path'],
    ['/office.js', 'relative path'],
  ])('refuses OFFICE_JS_URL %s', (value, why) => {
    expect(() => officeJsUrl(value)).toThrow(why);
  });
});

describe('help.html', () => {
  const html = renderHelpPage('9.8.7');
  const dom = new JSDOM(html);
  const sections = [...dom.window.document.querySelectorAll('section')];

  it('is in Chinese first, then in English', () => {
    expect(sections.map((s) => s.getAttribute('lang'))).toEqual(['zh-CN', 'en']);
    expect(sections[0].querySelector('h1')?.textContent).toBe('绩效自评 ZiPing 使用帮助');
    expect(sections[1].querySelector('h1')?.textContent).toBe('ZiPing help');
    expect(sections[0].textContent).toContain('9.8.7');
  });

  it("explains every finding code, in each language, in the code table's words", () => {
    expect(findingRows().map((r) => r.code)).toEqual(Object.keys(FINDING_CODES));
    for (const [i, lang] of (['zh', 'en'] as const).entries()) {
      for (const code of Object.keys(FINDING_CODES) as Array<keyof typeof FINDING_CODES>) {
        const row = sections[i].querySelector(`tr#${lang}-${code}`);
        expect(row).not.toBeNull();
        const cells = [...row!.querySelectorAll('td')].map((td) => td.textContent);
        expect(cells[0]).toBe(code);
        expect(cells[2]).toBe(FINDING_CODES[code].rule[lang]);
        expect(cells[3]).toBe(FINDING_CODES[code].fix[lang]);
      }
    }
  });

  it("says how to use it, in the ribbon's words, where the command-line checker is, and that no data leaves the machine", () => {
    const zh = sections[0].textContent ?? '';
    for (const c of RIBBON_CONTROLS) expect(zh).toContain(c.label.zh);
    expect(sections[0].querySelector('#cli')).not.toBeNull();
    expect(zh).toContain('ziping check');
    expect(zh).toContain('不会发送到任何地方');
    expect(sections[1].textContent).toContain('sent nowhere');
  });

  it('loads nothing but help.css beside it', () => {
    const csp = dom.window.document
      .querySelector('meta[http-equiv="Content-Security-Policy"]')
      ?.getAttribute('content');
    expect(directive(csp ?? '', 'default-src')).toEqual(["'none'"]);
    expect(directive(csp ?? '', 'style-src')).toEqual(["'self'"]);
    const links = [...dom.window.document.querySelectorAll('link')].map((l) => l.getAttribute('href'));
    expect(links).toEqual([PAGES.helpCss]);
    expect(dom.window.document.querySelectorAll('script, img, style, [style]')).toHaveLength(0);
  });
});

describe('the old-webview check (es5check.js)', () => {
  it('is ES5 and nothing newer: it parses as ECMAScript 5', () => {
    expect(() => acorn.parse(ES5_CHECK, { ecmaVersion: 5 })).not.toThrow();
    // The parser does refuse what Internet Explorer 11 cannot run.
    expect(() => acorn.parse('var f = (a) => a?.b;', { ecmaVersion: 5 })).toThrow();
    expect(() => acorn.parse('f(a, b,);', { ecmaVersion: 5 })).toThrow();
  });

  /** The pane's page with the check run in it, after `prepare` has taken features away from its window. */
  function pageWith(prepare: (w: Window & typeof globalThis) => void, userAgent?: string): Document {
    const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', {
      runScripts: 'outside-only',
      resources: userAgent ? new ResourceLoader({ userAgent }) : undefined,
    });
    prepare(dom.window as unknown as Window & typeof globalThis);
    dom.window.eval(ES5_CHECK);
    return dom.window.document;
  }

  const message = (doc: Document) => doc.getElementById('ziping-old-webview');

  it('changes nothing where the bundle can run', () => {
    const doc = pageWith(() => {});
    expect(message(doc)).toBeNull();
    expect((doc.getElementById('root') as HTMLElement).style.display).toBe('');
  });

  it.each([
    [
      'Promise.allSettled (ES2020)',
      (w: Window & typeof globalThis) => delete (w.Promise as { allSettled?: unknown }).allSettled,
    ],
    ['Proxy', (w: Window & typeof globalThis) => delete (w as { Proxy?: unknown }).Proxy],
    ['Symbol', (w: Window & typeof globalThis) => delete (w as { Symbol?: unknown }).Symbol],
  ])(
    'without %s: says in Chinese and English what ZiPing needs, and points to the command-line checker',
    (_what, remove) => {
      const doc = pageWith(remove);
      const box = message(doc);
      expect(box).not.toBeNull();
      const [zh, en] = [...box!.querySelectorAll('section')];
      expect(zh.getAttribute('lang')).toBe('zh-CN');
      expect(zh.textContent).toContain('ZiPing 需要 Microsoft 365 或 Office 2021 及更高版本');
      expect(zh.textContent).toContain('ziping check');
      expect(en.textContent).toContain(
        'ZiPing needs Microsoft 365 or Office 2021 or later (with Microsoft Edge WebView2)',
      );
      expect(en.textContent).toContain('command-line checker');
      expect(box!.querySelector('a')?.getAttribute('href')).toBe('help.html#cli');
      expect((doc.getElementById('root') as HTMLElement).style.display).toBe('none');
    },
  );

  it('says so in the Internet Explorer webview (Trident) whatever it has', () => {
    const doc = pageWith(() => {}, 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko');
    expect(message(doc)).not.toBeNull();
  });

  it("says so when the bundle fails to parse (an engine with ES2020's built-ins but not its syntax)", () => {
    const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', {
      runScripts: 'outside-only',
    });
    dom.window.eval(ES5_CHECK);
    const error = new dom.window.SyntaxError("Unexpected token '.'");
    dom.window.dispatchEvent(new dom.window.ErrorEvent('error', { error, message: error.message }));
    expect(dom.window.document.getElementById('ziping-old-webview')).not.toBeNull();
  });
});
