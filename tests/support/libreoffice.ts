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

/**
 * Prints a file as LibreOffice would (to PDF), and returns the printed text laid out as on the page (pdftotext
 * -layout), the page sizes in points, and the first pages as PNGs in `artifacts` named `<name>-N.png`, for a person
 * to look at.
 */
export async function printed(
  file: Buffer,
  extension: 'xlsx' | 'docx',
  artifacts: { dir: string; name: string; pages: number },
): Promise<{ text: string; pageSizes: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-print-'));
  try {
    const input = path.join(dir, `in.${extension}`);
    fs.writeFileSync(input, file);
    const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
    await run('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], { timeout: 180_000 });
    const pdf = path.join(dir, 'in.pdf');
    const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const { stdout: info } = await run('pdfinfo', ['-l', '999', pdf]);
    const pageSizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.*)$/gm)].map((m) => m[1].trim());
    fs.mkdirSync(artifacts.dir, { recursive: true });
    const prefix = path.join(artifacts.dir, artifacts.name);
    await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', String(artifacts.pages), pdf, prefix]);
    return { text, pageSizes };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
