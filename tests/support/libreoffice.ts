import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Opens an .xlsx in LibreOffice (a real spreadsheet engine), lets it compute every formula, and returns the
 * workbook it saves, with the computed results cached in it. One profile folder per call, so calls can run in
 * parallel.
 */
export async function recalculate(xlsx: Buffer): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-lo-'));
  try {
    const input = path.join(dir, 'in.xlsx');
    const out = path.join(dir, 'out');
    fs.writeFileSync(input, xlsx);
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'xlsx',
        '--outdir',
        out,
        input,
      ],
      { timeout: 120_000 },
    );
    return fs.readFileSync(path.join(out, 'in.xlsx'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
