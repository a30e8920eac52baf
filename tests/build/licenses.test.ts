import * as fs from 'node:fs';
import * as path from 'node:path';
import webpack from 'webpack';

const ROOT = path.join(__dirname, '..', '..');

/** Every npm package whose code ends up in the production add-in bundle, with its declared license. */
async function bundledPackages(): Promise<Map<string, string>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
  config.context = ROOT;
  config.output = { ...config.output, path: fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'ziping-build-')) };
  config.plugins = config.plugins.filter((p: object) => p.constructor.name !== 'InitialSizePlugin');
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))),
  );
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
  fs.rmSync(config.output.path, { recursive: true, force: true });
  return packages;
}

jest.setTimeout(180_000);

describe('the production add-in bundle', () => {
  it('holds no GPL-licensed code (HyperFormula and the Excel double stay out of it)', async () => {
    const packages = await bundledPackages();
    expect(packages.size).toBeGreaterThan(5);
    expect(packages.has('react')).toBe(true);
    expect(packages.has('hyperformula')).toBe(false);
    const copyleft = [...packages].filter(([, license]) => /GPL/i.test(license));
    expect(copyleft).toEqual([]);
    const unknown = [...packages].filter(([, license]) => license === 'UNKNOWN');
    expect(unknown).toEqual([]);
  });
});
