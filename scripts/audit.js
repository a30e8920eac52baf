#!/usr/bin/env node
// `npm run audit:prod`: the production dependencies against npm's advisory service (`npm audit --omit=dev`).
// Exit 0: no high or critical advisory. 1: some (listed). 3: the service could not be asked, so nothing is
// verified — said plainly rather than passed: on a network where the registry refuses POST (as on the
// machines this project is built on) the check must be run elsewhere.
// `--unreachable-ok` (used by `npm test`): exit 0 instead of 3, after saying that nothing was verified, so
// the test run fails on a known advisory wherever the service answers, and nowhere for want of a network.
const { spawnSync } = require('node:child_process');

const BLOCKING = ['high', 'critical'];

/** What `npm audit --json` printed, as a verdict and the lines to show. */
function summarize(report) {
  if (!report || typeof report !== 'object' || report.auditReportVersion === undefined || !report.metadata) {
    const why = (report && (report.message || report.error?.summary)) || 'no report';
    return {
      status: 'unverified',
      lines: [`未能查询漏洞公告，未核查 / the advisory service could not be asked, nothing verified: ${why}`],
    };
  }
  const counts = report.metadata.vulnerabilities ?? {};
  const blocking = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => BLOCKING.includes(v.severity))
    .map(([name, v]) => {
      const via = (v.via ?? [])
        .map((x) => (typeof x === 'string' ? x : x.url || x.title))
        .filter(Boolean)
        .join(', ');
      const fix = v.fixAvailable === false ? '无修复版本 / no fix available' : '有修复版本 / fix available';
      return `  ${v.severity}  ${name} ${v.range ?? ''}  ${via}  (${fix})`;
    });
  const tally = ['critical', 'high', 'moderate', 'low', 'info'].map((s) => `${s} ${counts[s] ?? 0}`).join(', ');
  const dependencies = report.metadata.dependencies?.prod ?? report.metadata.dependencies?.total;
  const head = `生产依赖${dependencies !== undefined ? ` ${dependencies} 个` : ''}的漏洞公告 / advisories for the production dependencies: ${tally}`;
  return blocking.length > 0
    ? { status: 'fail', lines: [head, '高危或严重 / high or critical:', ...blocking] }
    : { status: 'pass', lines: [head, '无高危或严重公告 / no high or critical advisory'] };
}

function main() {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
    timeout: 120_000,
  });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    report = { message: (run.stderr || run.stdout || `npm exited with ${run.status}`).trim().split('\n').pop() };
  }
  const { status, lines } = summarize(report);
  for (const line of lines) console.log(line);
  const unreachableOk = process.argv.includes('--unreachable-ok');
  process.exit(status === 'pass' ? 0 : status === 'fail' ? 1 : unreachableOk ? 0 : 3);
}

if (require.main === module) main();
module.exports = { summarize };
