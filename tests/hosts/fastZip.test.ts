import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { fastZip } from '../../src/hosts/xlsx/fastZip';
import { writeGridsToXlsx } from '../../src/hosts/xlsx';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { benchForm } from '../support/generate';
import { corruptFiles } from '../support/corrupt';
import { hostileCorpus } from '../support/hostile/corpus';
import { deflateRepeated, makeZip } from '../support/zip';

/**
 * The CLI's bundle gives exceljs fastZip in place of JSZip.loadAsync (scripts/bundle-cli.js). Wherever fastZip
 * takes a file, exceljs must see exactly what JSZip would have given it: the same entries, in the same order, with
 * the same names, folder flags and bytes. Wherever it declines (undefined), JSZip reads the file as before.
 */

type Listing = [string, boolean, string | null][];

interface ZipLike {
  files: Record<string, { name: string; dir: boolean; async(type: 'nodebuffer'): Promise<Buffer | string> }>;
}

async function listing(zip: ZipLike): Promise<Listing> {
  return Promise.all(
    Object.values(zip.files).map(async (e): Promise<[string, boolean, string | null]> => [
      e.name,
      e.dir,
      e.dir ? null : Buffer.from(await e.async('nodebuffer')).toString('base64'),
    ]),
  );
}

async function jszipListing(bytes: Buffer): Promise<Listing | 'error'> {
  try {
    return await listing((await JSZip.loadAsync(bytes)) as unknown as ZipLike);
  } catch {
    return 'error';
  }
}

/** fastZip's listing where it takes the file, else 'declined'; checked against JSZip's. */
async function compare(bytes: Buffer): Promise<'taken' | 'declined'> {
  const fast = fastZip(bytes);
  if (!fast) return 'declined';
  expect(await listing(fast)).toEqual(await jszipListing(bytes));
  return 'taken';
}

const CORPUS = path.join(__dirname, '..', 'corpus', 'xlsx');

describe('fastZip gives exceljs what JSZip gives, or declines', () => {
  it('takes every corpus workbook and generated form, with the same entries as JSZip', async () => {
    const files: Buffer[] = fs.readdirSync(CORPUS).map((name) => fs.readFileSync(path.join(CORPUS, name)));
    for (let i = 0; i < 5; i++)
      files.push(await writeGridsToXlsx([layoutAnnex1(benchForm(11 + i, i + 1), '附件1').grid]));
    for (const bytes of files) expect(await compare(bytes)).toBe('taken');
  });

  it('matches JSZip on the hostile corpus, and declines every file JSZip cannot read', async () => {
    const hostile = await hostileCorpus({ variants: 20, junk: 10, big: false });
    const outcomes = new Set<string>();
    for (const file of [...hostile.map((f) => f.buffer), ...corruptFiles().map((f) => f.buffer)]) {
      const outcome = await compare(file);
      outcomes.add(outcome);
      if ((await jszipListing(file)) === 'error') expect(outcome).toBe('declined');
    }
    expect([...outcomes].sort()).toEqual(['declined', 'taken']);
  }, 120_000);

  it('declines what JSZip would read differently: renamed parts, repeated names, non-ASCII names, zip64, data before the zip, forged sizes', async () => {
    const plain = makeZip({ 'a.xml': '<a/>', 'b/c.xml': '<c/>' });
    expect(await compare(plain)).toBe('taken');
    expect(await compare(makeZip({ './a.xml': '<a/>' }))).toBe('declined');
    expect(await compare(makeZip({ 'x/../a.xml': '<a/>' }))).toBe('declined');
    expect(await compare(makeZip({ 'a//b.xml': '<a/>' }))).toBe('declined');
    expect(await compare(makeZip({ 'a.xml': '<a/>' }, { zip64: true }))).toBe('declined');
    expect(await compare(Buffer.concat([Buffer.from('MZ prepended'), plain]))).toBe('declined');
    expect(await compare(makeZip({ 'é.xml': '<a/>' }))).toBe('declined');
    // Two entries under one name: JSZip keeps the first one's place and the second one's bytes.
    const twice = Buffer.from(
      makeZip({ 'a.xml': '<a/>', 'b.xml': '<b/>' }).toString('latin1').replaceAll('b.xml', 'a.xml'),
      'latin1',
    );
    expect(await jszipListing(twice)).toEqual([['a.xml', false, Buffer.from('<b/>').toString('base64')]]);
    expect(await compare(twice)).toBe('declined');
    // A folder entry (its name ends with /) is taken, and flagged as JSZip flags it.
    expect(await compare(makeZip({ 'xl/': '', 'xl/a.xml': '<a/>' }))).toBe('taken');
    // A part that inflates to more than its directory declares is JSZip's to judge.
    const forged = makeZip({ 'a.xml': { ...deflateRepeated(Buffer.from('<a/>'), 1000), declaredSize: 40 } });
    expect(await compare(forged)).toBe('declined');
  });
});
