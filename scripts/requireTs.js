// Loads a TypeScript module of the repository from plain Node (webpack.config.js, scripts/validate.js): esbuild
// bundles the repository's own sources into CommonJS in memory; npm packages stay ordinary requires.
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.join(__dirname, '..');

/** The module's exports; its __dirname and __filename are the source file's. */
function requireTs(file) {
  const source = path.join(ROOT, file);
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [source],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const mod = { exports: {} };
  const run = new Function('module', 'exports', 'require', '__dirname', '__filename', outputFiles[0].text);
  run(mod, mod.exports, require, path.dirname(source), source);
  return mod.exports;
}

module.exports = { requireTs };
