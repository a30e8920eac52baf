import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * bin/ziping.js loads the bundle through bin/load.js with V8's code cache made at build time. V8 itself checks only
 * that a cache was made for a source of the same length: a cache left from another build must never run in place
 * of the bundle it sits beside.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadCli, makeCache } = require('../../bin/load.js') as {
  loadCli(bundle?: string): { run(): Promise<number> };
  makeCache(warm: (cli: { run(): Promise<number> }) => Promise<void>, bundle?: string): Promise<void>;
};

describe("the CLI's loader", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-load-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const bundle = (code: number) => `exports.run = async () => ${code}; // a bundle\n`;

  it('runs the bundle with its cache, and without one', async () => {
    const file = path.join(dir, 'ziping.js');
    fs.writeFileSync(file, bundle(1));
    expect(await loadCli(file).run()).toBe(1);
    await makeCache(async (cli) => void (await cli.run()), file);
    expect(fs.statSync(`${file}.cache`).size).toBeGreaterThan(32);
    expect(await loadCli(file).run()).toBe(1);
  });

  it('ignores a cache made for another bundle of the same length, and one that is not a cache', async () => {
    const file = path.join(dir, 'ziping.js');
    fs.writeFileSync(file, bundle(1));
    // run() compiled before the cache is made, so that the cache holds its code.
    await makeCache(async (cli) => void (await cli.run()), file);
    fs.writeFileSync(file, bundle(2));
    expect(bundle(2).length).toBe(bundle(1).length);
    expect(await loadCli(file).run()).toBe(2);
    fs.writeFileSync(`${file}.cache`, 'not a cache');
    expect(await loadCli(file).run()).toBe(2);
  });

  it('gives the bundle what require gives a module: its own file name, folder and require', () => {
    const file = path.join(dir, 'ziping.js');
    fs.writeFileSync(
      file,
      "exports.run = () => [__filename, __dirname, require('node:path').sep, typeof module.exports];",
    );
    expect(loadCli(file).run()).toEqual([file, dir, path.sep, 'object']);
  });
});
