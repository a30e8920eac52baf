// Bundles the compiled command line (dist/cli/src, from tsc) into one file, dist/cli/ziping.js, which bin/ziping.js
// runs: Node then reads one file instead of resolving and reading some 600 modules, and exceljs brings only its
// workbook (not its streaming reader and writer, which `ziping` never uses, and whose dependencies cost as much to
// load as the rest). Why: docs/decisions.md, "The CLI is one bundled file".
const path = require('node:path');
const esbuild = require('esbuild');
const { execFileSync } = require('node:child_process');

const root = path.join(__dirname, '..');

/** `import ExcelJS from 'exceljs'` as the CLI uses it: the Workbook class and the enums (ValueType…), nothing else. */
const exceljsWorkbookOnly = {
  name: 'exceljs-workbook-only',
  setup(build) {
    build.onResolve({ filter: /^exceljs$/ }, () => ({ path: 'exceljs', namespace: 'exceljs-workbook-only' }));
    build.onLoad({ filter: /.*/, namespace: 'exceljs-workbook-only' }, () => ({
      contents:
        "module.exports = { Workbook: require('exceljs/lib/doc/workbook'), ...require('exceljs/lib/doc/enums') };",
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/**
 * exceljs's .xlsx reader unzips with Node's zlib (src/hosts/xlsx/fastZip.ts) where that gives exactly what JSZip gives,
 * else with JSZip as before. Only that reader: exceljs's writer, mammoth and docx keep JSZip as it is.
 */
const exceljsReaderUnzip = {
  name: 'exceljs-reader-unzip',
  setup(build) {
    build.onResolve({ filter: /^jszip$/ }, (args) =>
      /exceljs[\\/]lib[\\/]xlsx[\\/]xlsx\.js$/.test(args.importer)
        ? { path: 'jszip', namespace: 'exceljs-reader-unzip' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'exceljs-reader-unzip' }, () => ({
      contents: `
        const JSZip = require('jszip');
        const { fastZip } = require('./dist/cli/src/hosts/xlsx/fastZip.js');
        module.exports = { loadAsync: async (data, options) => (!options && fastZip(data)) || JSZip.loadAsync(data, options) };`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

esbuild
  .build({
    entryPoints: [path.join(root, 'dist', 'cli', 'src', 'cli', 'main.js')],
    outfile: path.join(root, 'dist', 'cli', 'ziping.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Loaded only by `report` (docx) and `check-report` (mammoth), from node_modules as before.
    external: ['docx', 'mammoth'],
    plugins: [exceljsWorkbookOnly, exceljsReaderUnzip],
    logLevel: 'warning',
  })
  .then(() => {
    // V8's code cache for the new bundle (bin/load.js), made in a fresh process; the CLI runs without it.
    try {
      execFileSync(process.execPath, [path.join(__dirname, 'cli-cache.js')], { stdio: 'inherit' });
    } catch {
      console.error('scripts/bundle-cli.js: no code cache made; the CLI works without it');
    }
  })
  .catch(() => {
    process.exitCode = 1;
  });
