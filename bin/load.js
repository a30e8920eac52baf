'use strict';
// Loads the CLI's bundle (dist/cli/ziping.js) as `require` would, but with V8's code cache for it, made when the
// bundle is built (scripts/cli-cache.js): a fresh process then skips parsing and compiling most of the bundle's
// 2 MB. Why: docs/decisions.md, "The CLI is one bundled file". A cache that is missing, made for another bundle (its
// SHA-256 is kept with it: V8 itself checks only the source's length), or that V8 rejects (another Node), is not
// used, and the bundle loads as it would without one.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');

const BUNDLE = path.join(__dirname, '..', 'dist', 'cli', 'ziping.js');
const HASH_BYTES = 32;

const cacheOf = (bundle) => `${bundle}.cache`;

function digest(bytes) {
  return createHash('sha256').update(bytes).digest();
}

/** The bundle compiled in Node's own module wrapper (Module.wrap), with the cache where there is one. */
function compile(bundle, bytes, cachedData) {
  const source = `(function (exports, require, module, __filename, __dirname) { ${bytes.toString('utf8')}\n});`;
  return new vm.Script(source, { filename: bundle, cachedData });
}

function evaluate(bundle, script) {
  const module = { exports: {} };
  const dir = path.dirname(bundle);
  script.runInThisContext().call(module.exports, module.exports, createRequire(bundle), module, bundle, dir);
  return module.exports;
}

/** The cache, where it was made for these bytes. */
function cached(bundle, bytes) {
  try {
    const file = fs.readFileSync(cacheOf(bundle));
    return file.subarray(0, HASH_BYTES).equals(digest(bytes)) ? file.subarray(HASH_BYTES) : undefined;
  } catch {
    return undefined;
  }
}

/** The bundle's exports (the CLI's `run`). */
function loadCli(bundle = BUNDLE) {
  const bytes = fs.readFileSync(bundle);
  return evaluate(bundle, compile(bundle, bytes, cached(bundle, bytes)));
}

/**
 * Makes the cache: loads the bundle without one, lets `warm` run what a check runs (the functions it compiles on
 * the way are kept too), then writes the bundle's hash and V8's code cache beside the bundle.
 */
async function makeCache(warm, bundle = BUNDLE) {
  const bytes = fs.readFileSync(bundle);
  const script = compile(bundle, bytes, undefined);
  await warm(evaluate(bundle, script));
  fs.writeFileSync(cacheOf(bundle), Buffer.concat([digest(bytes), script.createCachedData()]));
}

module.exports = { loadCli, makeCache };
