// eslint-disable-next-line @typescript-eslint/no-require-imports
const { summarize } = require('../../scripts/audit.js') as {
  summarize: (report: unknown) => { status: string; lines: string[] };
};

/** The shape `npm audit --json` prints (auditReportVersion 2), with made-up packages. */
function report(
  vulnerabilities: Record<string, { severity: string; range?: string; via?: unknown[]; fixAvailable?: unknown }>,
) {
  const counts: Record<string, number> = { info: 0, low: 0, moderate: 0, high: 0, critical: 0 };
  for (const v of Object.values(vulnerabilities)) counts[v.severity]++;
  return {
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { ...counts, total: Object.keys(vulnerabilities).length },
      dependencies: { prod: 120, total: 120 },
    },
  };
}

describe('npm run audit:prod', () => {
  it('fails on a high or critical advisory and names the package, its range and the advisory', () => {
    const out = summarize(
      report({
        'some-zip': {
          severity: 'critical',
          range: '<3.8.0',
          via: [{ title: 'Prototype pollution', url: 'https://github.com/advisories/GHSA-xxxx' }],
          fixAvailable: true,
        },
        'some-glob': { severity: 'moderate', range: '<2.0.0', via: ['some-other'] },
      }),
    );
    expect(out.status).toBe('fail');
    expect(out.lines.join('\n')).toContain('critical  some-zip <3.8.0  https://github.com/advisories/GHSA-xxxx');
    expect(out.lines.join('\n')).not.toContain('some-glob <2.0.0');
    expect(out.lines[0]).toContain('critical 1, high 0, moderate 1');
  });

  it('passes when only moderate or lower advisories remain, and says how many of each', () => {
    const out = summarize(report({ 'some-glob': { severity: 'low', range: '<2.0.0', via: [] } }));
    expect(out.status).toBe('pass');
    expect(out.lines[0]).toContain('120');
    expect(out.lines[0]).toContain('low 1');
  });

  it('says nothing was verified when the advisory service cannot be asked, rather than passing', () => {
    const refused = {
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    };
    const out = summarize(refused);
    expect(out.status).toBe('unverified');
    expect(out.lines[0]).toContain('405 Method Not Allowed');
    expect(summarize(undefined).status).toBe('unverified');
  });
});
