import {
  guardedPage,
  launch,
  PREVIEW_DIR,
  serve,
  type BrowserSession,
  type Guarded,
  type StaticServer,
} from './harness';

// Apart from harness.ts, which `npm run bench` compiles and runs outside jest: these hooks are jest's globals.

/**
 * The hooks every preview scenario file shares: dist/preview served and one Chromium for the file; after each test,
 * every page it opened is closed, and must have asked nothing of any other host, broken no CSP rule and thrown nothing.
 * Call at the top level of a test file.
 */
export function previewSuite(): {
  /** Opens preview.html (with `query`, e.g. `?lang=en`) in a new guarded page. */
  open(options?: { acceptDownloads?: boolean; locale?: string; bypassCSP?: boolean; query?: string }): Promise<Guarded>;
} {
  let server: StaticServer | undefined;
  let chromium: BrowserSession | undefined;
  const opened: Guarded[] = [];

  beforeAll(async () => {
    server = await serve(PREVIEW_DIR);
    chromium = await launch();
  });

  afterEach(async () => {
    const pages = opened.splice(0);
    for (const g of pages) await g.context.close();
    for (const g of pages) {
      expect(g.foreign).toEqual([]);
      expect(g.problems).toEqual([]);
    }
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  return {
    async open(options = {}) {
      if (!server || !chromium) throw new Error('previewSuite().open() runs inside a test');
      const g = await guardedPage(chromium.browser, server.origin, options);
      opened.push(g);
      await g.page.goto(`${server.origin}/preview.html${options.query ?? ''}`);
      return g;
    },
  };
}
