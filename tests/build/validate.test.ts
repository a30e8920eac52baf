// `npm run validate`: the offline schema check always runs and says what it found; the online check says plainly
// whether it ran.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { renderManifest } from '../../src/build/deployment';

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

function validate(xml: string): { status: number | null; out: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-validate-'));
  try {
    const file = path.join(dir, 'manifest.xml');
    fs.writeFileSync(file, xml);
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'validate.js'), file], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: run.status, out: run.stdout + run.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

jest.setTimeout(180_000);

describe('npm run validate', () => {
  const deployed = renderManifest(MANIFEST, { base: 'https://ziping.example.gov.cn/ziping/', version: '1.2.3.0' });

  it('passes a deployment manifest offline, and says whether the online check ran', () => {
    const { status, out } = validate(deployed);
    expect(out).toContain('schema (offline): valid');
    expect(out).not.toContain('localhost');
    // Either the service answered and office-addin-manifest ran, or the output says it did not.
    expect(out).toMatch(
      /office-addin-manifest validate: (NOT RUN — Microsoft's validation service .* cannot be reached|passed|FAILED)/,
    );
    if (out.includes('NOT RUN')) {
      expect(out).toContain('Only the offline schema check ran.');
      expect(status).toBe(0);
    }
  });

  it('fails a manifest the schemas refuse, naming the element', () => {
    const { status, out } = validate(deployed.replace('ReadWriteDocument</Permissions>', 'FullControl</Permissions>'));
    expect(status).toBe(1);
    expect(out).toContain('schema (offline): INVALID');
    expect(out).toContain('Permissions');
  });

  it('says a development manifest names localhost', () => {
    expect(validate(MANIFEST).out).toContain('note: the manifest names localhost');
  });

  it('asks for a build when there is no manifest', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'validate.js'), '/nonexistent/manifest.xml'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('run `npm run build`');
  });
});
