#!/usr/bin/env node
// `npm run validate [MANIFEST]`: checks the built manifest (dist/addin/manifest.xml by default).
// 1. Offline, always: the XML schemas in schemas/office-addin-manifest/ (src/build/manifestSchema.ts).
// 2. Online, only where it can be reached: `office-addin-manifest validate`, which posts the manifest to Microsoft's
//    validation service. Where that service cannot be reached, this says so plainly: that check did not run.
// Exit code: 0 when every check that ran passed, 1 when one failed, 2 when there was no manifest.
const fs = require('node:fs');
const https = require('node:https');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { requireTs } = require('./requireTs');

const SERVICE_HOST = 'validationgateway.omex.office.net';
const OFFICE_ADDIN_MANIFEST = 'office-addin-manifest@3.0.0';

/** Whether Microsoft's validation service answers at all (any HTTP status), within a few seconds. */
function serviceReachable(timeoutMs = 8000) {
  return new Promise((resolve) => {
    const req = https.request({ host: SERVICE_HOST, path: '/', method: 'HEAD', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve({ reachable: true });
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    req.on('error', (e) => resolve({ reachable: false, why: e.code || e.message }));
    req.end();
  });
}

async function main() {
  const file = path.resolve(process.argv[2] || path.join(__dirname, '..', 'dist', 'addin', 'manifest.xml'));
  if (!fs.existsSync(file)) {
    console.error(`no manifest at ${file}: run \`npm run build\` (with ADDIN_URL for a deployment) first`);
    return 2;
  }
  const source = fs.readFileSync(file, 'utf8');
  let failed = false;

  const { validateManifest } = requireTs('src/build/manifestSchema.ts');
  const offline = await validateManifest(source);
  if (offline.valid) console.log(`schema (offline): valid — ${path.relative(process.cwd(), file)}`);
  else {
    failed = true;
    console.log(`schema (offline): INVALID — ${path.relative(process.cwd(), file)}`);
    for (const e of offline.errors) console.log(`  ${e}`);
  }
  const localhost = source.split('\n').filter((l) => /localhost/i.test(l));
  if (localhost.length > 0) {
    console.log(
      `note: the manifest names localhost (${localhost.length} lines): a development manifest, not one to deploy`,
    );
  }

  const online = await serviceReachable();
  if (!online.reachable) {
    console.log(
      `office-addin-manifest validate: NOT RUN — Microsoft's validation service (${SERVICE_HOST}) cannot be reached from here (${online.why}). Only the offline schema check ran.`,
    );
  } else {
    const run = spawnSync('npx', ['--yes', OFFICE_ADDIN_MANIFEST, 'validate', file], { stdio: 'inherit' });
    if (run.status !== 0) {
      failed = true;
      console.log(`office-addin-manifest validate: FAILED (exit ${run.status ?? run.signal})`);
    } else console.log('office-addin-manifest validate: passed');
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
