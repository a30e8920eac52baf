// Bundles the compiled command line (dist/cli/src, from tsc) into one file, dist/cli/ziping.js, which bin/ziping.js
// runs: Node then reads one file instead of resolving and reading some 600 modules, and exceljs brings only its
// workbook (not its streaming reader and writer, which `ziping` never uses, and whose dependencies cost as much to
// load as the rest). Why: docs/decisions.md, "The CLI is one bundled file".
const path = require('node:path');
const esbuild = require('esbuild');

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
    plugins: [exceljsWorkbookOnly],
    logLevel: 'warning',
  })
  .catch(() => {
    process.exitCode = 1;
  });
