import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { corruptFiles } from '../corrupt';
import { lukou } from '../lukou';
import { placeStandardForm } from '../layouts/offset';
import type { FormPlaces } from '../layouts/types';
import { address, SheetBuilder, type CellInput } from '../workbook';
import { makeZip } from '../zip';
import { contentTypes, ROOT_RELS, SHEET1_ONLY } from '../handmade';
import { annex1Units, annex1Values } from './annexValues';

/**
 * Hostile and odd input for issue 6: files a finance bureau receives, broken, huge, strange or random. Every file
 * is built here, in memory, deterministically (fixed fast-check seeds, no clock, no randomness of our own), and
 * says what ZiPing must make of it:
 *
 * - `form`: a workbook that holds a form (maybe a broken one): the checker gives results, with findings on cells;
 * - `error`: not a readable workbook: one line naming the file;
 * - `no-form`: a readable workbook with no form in it: the "holds no form" line.
 *
 * No jest here: bench/hostile.ts builds the same corpus.
 */
export type Expect = 'form' | 'error' | 'no-form';

export interface HostileFile {
  /** File name, unique in the corpus, with its extension. */
  name: string;
  buffer: Buffer;
  expect: Expect;
  /** The family it belongs to, for the summary: 'truncated', 'annex-variant', 'junk' … */
  kind: string;
}

export interface CorpusOptions {
  /** How many mutated-value variants of the sample (default 200). */
  variants?: number;
  /** How many random junk workbooks, half of them with form labels (default 40). */
  junk?: number;
  /** Include the 50,000-row sheet (default true). */
  big?: boolean;
}

const cache = new Map<string, Promise<HostileFile[]>>();

/** The whole corpus. Built once per process and options (the big sheet takes seconds). */
export function hostileCorpus(options: CorpusOptions = {}): Promise<HostileFile[]> {
  const key = JSON.stringify(options);
  let built = cache.get(key);
  if (!built) {
    built = buildCorpus(options);
    cache.set(key, built);
  }
  return built;
}

async function buildCorpus(options: CorpusOptions): Promise<HostileFile[]> {
  const files: HostileFile[] = [
    ...(await brokenFiles()),
    ...(options.big === false ? [] : [await bigSheet()]),
    ...(await longCells()),
    ...(await errorFormulas()),
    ...(await extremeNumbers()),
    ...(await hiddenRowsAndColumns()),
    ...(await deletedRows()),
    ...(await crossingMerges()),
    ...(await twoForms()),
    ...(await noIndicators()),
    ...(await noForm()),
    ...(await annexVariants(options.variants ?? 200)),
    ...(await junkWorkbooks(options.junk ?? 40)),
  ];
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.name)) throw new Error(`hostile corpus: two files named ${f.name}`);
    seen.add(f.name);
  }
  return files;
}

// ---------------------------------------------------------------------------------------------------------------
// The sample form, and turning builders into files

/** The sample form (the `offset` layout's one) at a 1-based origin, with a title above when there is room. */
function sampleSheet(name = '自评表', originRow = 3, originCol = 1): { s: SheetBuilder; form: FormPlaces } {
  const s = new SheetBuilder(name);
  if (originRow >= 3)
    s.merge(
      `${address(originRow - 2, originCol)}:${address(originRow - 2, originCol + 8)}`,
      '部门整体支出绩效自评表（2022年度）',
    );
  const form = placeStandardForm(s, originRow, originCol);
  return { s, form };
}

/** An .xlsx from sheet builders; `edit` may change the exceljs worksheets before they are written. */
async function workbookBuffer(
  sheets: SheetBuilder[],
  edit?: (worksheets: ExcelJS.Worksheet[]) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const worksheets = sheets.map((b) => {
    const ws = workbook.addWorksheet(b.name);
    b.apply(ws);
    return ws;
  });
  edit?.(worksheets);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function rowOf(a1: string): number {
  return Number(/\d+$/.exec(a1)?.[0]);
}

function colOf(a1: string): number {
  let col = 0;
  for (const ch of /^[A-Z]+/.exec(a1)?.[0] ?? '') col = col * 26 + ch.charCodeAt(0) - 64;
  return col;
}

/** Drops the builder's merges that touch rows [top, bottom] (1-based), so that others can be laid over them. */
function dropMergesTouching(s: SheetBuilder, top: number, bottom: number, cols?: [number, number]): void {
  for (let i = s.merges.length - 1; i >= 0; i--) {
    const [a, b = a] = s.merges[i].split(':');
    const [r0, r1, c0, c1] = [rowOf(a), rowOf(b), colOf(a), colOf(b)];
    const rowsMeet = r0 <= bottom && r1 >= top;
    const colsMeet = !cols || (c0 <= cols[1] && c1 >= cols[0]);
    if (rowsMeet && colsMeet) s.merges.splice(i, 1);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Files that are no readable workbook

/** An OLE compound file (CFB) with the given stream names in its first directory sector, the rest noise. */
function compoundFile(streams: string[], size: number, seed: number): Buffer {
  const out = noise(size, seed);
  out.fill(0, 0, 1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  out.writeUInt16LE(0x003e, 24); // minor version
  out.writeUInt16LE(0x0003, 26); // major version 3 (512-byte sectors)
  out.writeUInt16LE(0xfffe, 28); // little-endian
  out.writeUInt16LE(9, 30); // sector shift
  out.writeUInt16LE(6, 32); // mini sector shift
  out.writeUInt32LE(1, 44); // one FAT sector
  out.writeUInt32LE(1, 48); // directory starts at sector 1
  out.writeUInt32LE(0x1000, 56); // mini stream cutoff
  out.writeUInt32LE(0xfffffffe, 60);
  out.writeUInt32LE(0xfffffffe, 68);
  for (let i = 76; i < 512; i += 4) out.writeUInt32LE(0xffffffff, i);
  out.writeUInt32LE(0, 76); // FAT in sector 0
  ['Root Entry', ...streams].forEach((name, i) => {
    const at = 1024 + i * 128;
    const utf16 = Buffer.from(`${name}\0`, 'utf16le');
    utf16.copy(out, at);
    out.writeUInt16LE(utf16.length, at + 64);
    out[at + 66] = i === 0 ? 5 : 2; // root storage, then streams
    out.writeUInt32LE(0xffffffff, at + 68);
    out.writeUInt32LE(0xffffffff, at + 72);
    out.writeUInt32LE(i === 0 && streams.length > 0 ? 1 : 0xffffffff, at + 76);
  });
  return out;
}

/** Deterministic noise (a linear congruential generator) that never starts with a zip or CFB signature. */
function noise(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state >>> 24;
  }
  if (length > 0) out[0] = 0x7f;
  return out;
}

/** Where a zip entry's data starts, found by its local header. */
function entryData(zip: Buffer, name: string): { start: number; length: number } {
  const needle = Buffer.from(name, 'latin1');
  for (let at = zip.indexOf(needle); at >= 0; at = zip.indexOf(needle, at + 1)) {
    const header = at - 30;
    if (header >= 0 && zip.readUInt32LE(header) === 0x04034b50 && zip.readUInt16LE(header + 26) === needle.length) {
      const extra = zip.readUInt16LE(header + 28);
      const start = at + needle.length + extra;
      const compressed = zip.readUInt32LE(header + 18);
      return { start, length: compressed > 0 ? compressed : Math.min(2000, zip.length - start) };
    }
  }
  throw new Error(`hostile corpus: no entry ${name}`);
}

const CONTENT_TYPES = contentTypes(SHEET1_ONLY);
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
</Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="自评表" sheetId="1" r:id="rId1"/></sheets>
</workbook>`;

/** A hand-made package whose parts are given; the others are the minimal valid ones. */
function handPackage(parts: { workbook?: string; sheet?: string }): Buffer {
  return makeZip({
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'xl/workbook.xml': parts.workbook ?? WORKBOOK,
    'xl/_rels/workbook.xml.rels': WORKBOOK_RELS,
    'xl/worksheets/sheet1.xml':
      parts.sheet ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>年度资金总额</t></is></c></row></sheetData></worksheet>`,
  });
}

/** Zero bytes, truncated, corrupt, renamed and password-protected files: each must give one line naming it. */
export async function brokenFiles(): Promise<HostileFile[]> {
  const { s } = sampleSheet();
  const valid = await workbookBuffer([s]);
  const files: HostileFile[] = [];
  const add = (kind: string, name: string, buffer: Buffer) => files.push({ name, buffer, expect: 'error', kind });

  add('zero-byte', 'zero-byte.xlsx', Buffer.alloc(0));
  add('zero-byte', '空白 0 字节.xlsm', Buffer.alloc(0));

  // Cut off mid-download at several points: inside the first header, inside the data, just before and inside
  // the end-of-central-directory record.
  const cuts = [1, 4, 29, 30, 512, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99].map((c) =>
    c < 1 ? Math.floor(valid.length * c) : c,
  );
  cuts.push(valid.length - 22, valid.length - 10);
  for (const cut of cuts)
    add('truncated', `truncated-at-${String(cut).padStart(6, '0')}-of-${valid.length}.xlsx`, valid.subarray(0, cut));

  // Corrupt: bytes overwritten inside the worksheet's compressed data, the central directory's signatures broken.
  const sheetData = entryData(valid, 'xl/worksheets/sheet1.xml');
  const scribbled = Buffer.from(valid);
  noise(Math.min(64, sheetData.length - 8), 7).copy(scribbled, sheetData.start + 4);
  add('corrupt', 'corrupt-sheet-data.xlsx', scribbled);
  const noDirectory = Buffer.from(valid);
  for (
    let at = noDirectory.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    at >= 0;
    at = noDirectory.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)
  ) {
    noDirectory.writeUInt32LE(0x0badf00d, at);
  }
  add('corrupt', 'corrupt-central-directory.xlsx', noDirectory);
  add(
    'corrupt',
    'corrupt-workbook-xml.xlsx',
    handPackage({ workbook: '<workbook><sheets><sheet name="自评表" sheetId="1"' }),
  );
  add(
    'corrupt',
    'corrupt-sheet-xml.xlsx',
    handPackage({ sheet: '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>年度资金总额</t></is>' }),
  );
  add('corrupt', 'noise.xlsx', noise(8192, 20221231));
  for (const known of corruptFiles()) add('corrupt', `known-${known.fileName}`, known.buffer);

  // Renamed: an old .xls (an OLE compound file with a Workbook stream), a CSV export, a UTF-16 text export.
  const xls = compoundFile(['Workbook', '\u0005SummaryInformation'], 6144, 97);
  add('renamed', 'renamed-from-xls.xlsx', xls);
  add('renamed', 'old-format.xls', xls);
  add(
    'renamed',
    '自评表导出.csv.xlsx',
    Buffer.from(
      '\uFEFF预算部门名称,株洲市渌口区住房保障服务中心\r\n年度资金总额,623.5,18015.27,18015.27,10,100.00%,10\r\n三级指标,年度指标值,实际完成值\r\n',
      'utf8',
    ),
  );
  add(
    'renamed',
    'utf16-text.xlsx',
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('三级指标\t年度指标值\r\n改造小区数量\t≥18个\r\n', 'utf16le'),
    ]),
  );

  // Password-protected: Excel wraps the encrypted package in a compound file.
  add(
    'encrypted',
    'password-protected.xlsx',
    compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces'], 8192, 2022),
  );
  return files;
}

// ---------------------------------------------------------------------------------------------------------------
// Readable workbooks holding a form

const BIG_ROWS = 50_000;

/** 50,000 rows: ledger rows of text and numbers above and below the sample form, which sits in the middle. */
export async function bigSheet(): Promise<HostileFile> {
  const s = new SheetBuilder('明细及自评表');
  const formRow = BIG_ROWS / 2 + 1;
  const fill = (from: number, to: number) => {
    for (let r = from; r <= to; r++) {
      s.row(`A${r}`, [
        `ZB${r}`,
        r % 7 === 0 ? '项目支出明细：老旧小区改造' : '基本支出',
        (r % 997) * 1.25,
        r % 13 === 0 ? { v: 44562 + (r % 365), numFmt: 'yyyy-mm-dd' } : r,
      ]);
    }
  };
  fill(1, formRow - 3);
  const form = placeStandardForm(s, formRow, 6);
  fill(Math.max(...form.indicatorRows) + 3, BIG_ROWS);
  return { name: `big-${BIG_ROWS}-rows.xlsx`, buffer: await workbookBuffer([s]), expect: 'form', kind: 'big' };
}

/** 30,000 characters in one cell: an indicator's name and level-2 label, a target, a deviation note, the unit. */
export async function longCells(): Promise<HostileFile[]> {
  const LONG = 30_000;
  const prose = (seed: string) => seed.repeat(Math.ceil(LONG / seed.length)).slice(0, LONG);
  const sentence = '根据建筑面积、居民意愿及相关政策进行调整（年初计划18个小区，765户）。';
  const cases: [string, (s: SheetBuilder, form: FormPlaces) => void][] = [
    ['long-indicator-name', (s, f) => s.set(f.indicators[0].cells.name!, prose('改造老旧小区数量'))],
    ['long-level2-label', (s, f) => s.set(f.indicators[3].cells.level2!, prose('质量指标'))],
    ['long-target-digits', (s, f) => s.set(f.indicators[0].cells.target!, `≥${'9'.repeat(LONG - 2)}个`)],
    ['long-target-text', (s, f) => s.set(f.indicators[1].cells.target!, prose(sentence))],
    [
      'long-target-spaces',
      (s, f) => s.set(f.indicators[2].cells.target!, `${' '.repeat(LONG / 2)}≥766户${'　'.repeat(LONG / 2)}`),
    ],
    ['long-actual-digits-dots', (s, f) => s.set(f.indicators[3].cells.actual!, '1.'.repeat(LONG / 2))],
    ['long-deviation', (s, f) => s.set(f.indicators[0].cells.deviation!, prose(sentence))],
    ['long-unit-name', (s, f) => s.set(f.cells.unit!, prose('株洲市渌口区住房保障服务中心'))],
    [
      'long-everything',
      (s, f) => {
        s.set(f.cells.unit!, prose('株洲市渌口区住房保障服务中心'));
        s.set(f.cells.planned!, prose(sentence));
        for (const ind of f.indicators) {
          s.set(ind.cells.name!, prose(ind.name));
          s.set(ind.cells.target!, prose(`≥${ind.name}`));
          s.set(ind.cells.actual!, prose('９'));
          s.set(ind.cells.deviation!, prose(sentence));
        }
      },
    ],
  ];
  const files: HostileFile[] = [];
  for (const [name, edit] of cases) {
    const { s, form } = sampleSheet();
    edit(s, form);
    files.push({ name: `${name}.xlsx`, buffer: await workbookBuffer([s]), expect: 'form', kind: 'long-cells' });
  }
  return files;
}

/** Formulas whose cached result is an error (#DIV/0!, #N/A, #REF!, #VALUE!) in the budget row and the indicators. */
export async function errorFormulas(): Promise<HostileFile[]> {
  const err = (error: string, formula: string): CellInput => ({ formula, result: { error } });
  const budget = (s: SheetBuilder, f: FormPlaces) => {
    s.set(f.cells.initialBudget!, err('#REF!', '#REF!+1'));
    s.set(f.cells.fullYearBudget!, err('#N/A', 'VLOOKUP("x",Z1:Z2,2,FALSE)'));
    s.set(f.cells.executed!, err('#VALUE!', '"万元"+1'));
    s.set(f.cells.budgetWeight!, err('#REF!', '#REF!'));
    s.set(f.cells.rate!, { formula: 'F5/E5', result: { error: '#DIV/0!' }, numFmt: '0.00%' });
    s.set(f.cells.budgetScore!, err('#DIV/0!', '1/0'));
    s.set(f.cells.generalPublicBudget!, err('#N/A', 'NA()'));
  };
  const indicators = (s: SheetBuilder, f: FormPlaces) => {
    const errors = ['#DIV/0!', '#N/A', '#REF!', '#VALUE!'];
    f.indicators.forEach((ind, i) => {
      s.set(ind.cells.target!, err(errors[i % 4], 'A1/0'));
      s.set(ind.cells.actual!, err(errors[(i + 1) % 4], 'A1/0'));
      s.set(ind.cells.weight!, err(errors[(i + 2) % 4], 'A1/0'));
      s.set(ind.cells.score!, err(errors[(i + 3) % 4], 'A1/0'));
    });
    s.set(f.cells.totalScore!, err('#VALUE!', 'SUM(A1:A2)+"x"'));
  };
  const someIndicators = (s: SheetBuilder, f: FormPlaces) => {
    s.set(f.indicators[0].cells.score!, err('#DIV/0!', 'H20/0'));
    s.set(f.indicators[2].cells.actual!, err('#N/A', 'NA()'));
    s.set(f.indicators[5].cells.target!, err('#REF!', '#REF!'));
    s.set(f.indicators[7].cells.weight!, err('#VALUE!', '"五"*1'));
  };
  const files: HostileFile[] = [];
  for (const [name, edit] of [
    ['errors-in-budget-row', budget],
    ['errors-in-every-indicator-cell', indicators],
    ['errors-in-some-indicator-cells', someIndicators],
    ['errors-everywhere', (s: SheetBuilder, f: FormPlaces) => (budget(s, f), indicators(s, f))],
  ] as const) {
    const { s, form } = sampleSheet();
    edit(s, form);
    files.push({ name: `${name}.xlsx`, buffer: await workbookBuffer([s]), expect: 'form', kind: 'error-formulas' });
  }
  return files;
}

/** Number cells at the edges of what a double holds: 1e308 (whose ×100 overflows), -1e308, 5e-324, -0. */
export async function extremeNumbers(): Promise<HostileFile[]> {
  const cases: [string, (s: SheetBuilder, f: FormPlaces) => void][] = [
    [
      'extreme-budget-amounts',
      (s, f) => {
        s.set(f.cells.initialBudget!, 1e308);
        s.set(f.cells.fullYearBudget!, 1e308);
        s.set(f.cells.executed!, 1.7e308);
        s.set(f.cells.generalPublicBudget!, 1e308);
        s.set(f.cells.governmentFund!, 1e308);
        s.set(f.cells.basic!, -1e308);
        s.set(f.cells.budgetScore!, 5e-324);
      },
    ],
    [
      'extreme-indicator-numbers',
      (s, f) => {
        const ind = f.indicators;
        s.set(ind[0].cells.score!, 1e308);
        s.set(ind[1].cells.weight!, 1e308);
        s.set(ind[2].cells.weight!, -1e308);
        s.set(ind[3].cells.target!, { v: 1e308, numFmt: '0%' });
        s.set(ind[3].cells.actual!, { v: 1e308, numFmt: '0%' });
        s.set(ind[4].cells.actual!, 5e-324);
        s.set(ind[6].cells.score!, -0);
        s.set(f.cells.totalScore!, 1e308);
      },
    ],
  ];
  const files: HostileFile[] = [];
  for (const [name, edit] of cases) {
    const { s, form } = sampleSheet();
    edit(s, form);
    files.push({ name: `${name}.xlsx`, buffer: await workbookBuffer([s]), expect: 'form', kind: 'extreme-numbers' });
  }
  return files;
}

/** Hidden rows and columns inside the form: an indicator row, the budget row, the 实际完成值 column. */
export async function hiddenRowsAndColumns(): Promise<HostileFile[]> {
  const files: HostileFile[] = [];
  const cases: [string, (s: SheetBuilder, f: FormPlaces) => void][] = [
    [
      'hidden-indicator-rows',
      (s, f) => [f.indicatorRows[1], f.indicatorRows[2], f.indicatorRows[8]].forEach((r) => s.hideRow(r)),
    ],
    ['hidden-budget-row', (s, f) => s.hideRow(f.budgetTotalRow)],
    [
      'hidden-columns',
      (s, f) => {
        s.hideColumn(colOf(f.indicators[0].cells.actual!));
        s.hideColumn(colOf(f.indicators[0].cells.deviation!));
      },
    ],
    [
      'hidden-rows-and-columns',
      (s, f) => {
        for (const r of f.indicatorRows) if (r % 2 === 0) s.hideRow(r);
        s.hideColumn(colOf(f.indicators[0].cells.name!));
        s.hideColumn(colOf(f.indicators[0].cells.weight!));
      },
    ],
  ];
  for (const [name, edit] of cases) {
    const { s, form } = sampleSheet();
    edit(s, form);
    files.push({ name: `${name}.xlsx`, buffer: await workbookBuffer([s]), expect: 'form', kind: 'hidden' });
  }
  return files;
}

/**
 * Rows deleted out of the middle of the indicator table after the sample was written, with exceljs's spliceRows
 * (which, like a careless macro, leaves the merges where they were: labels merged over rows that moved).
 */
export async function deletedRows(): Promise<HostileFile[]> {
  const files: HostileFile[] = [];
  const cases: [string, (f: FormPlaces) => [number, number]][] = [
    ['deleted-one-indicator-row', (f) => [f.indicatorRows[4], 1]],
    ['deleted-three-indicator-rows', (f) => [f.indicatorRows[2], 3]],
    ['deleted-all-but-first-and-last', (f) => [f.indicatorRows[1], f.indicatorRows.length - 2]],
    ['deleted-last-row-and-total', (f) => [f.indicatorRows[f.indicatorRows.length - 1], 2]],
  ];
  for (const [name, rows] of cases) {
    const { s, form } = sampleSheet();
    const [start, count] = rows(form);
    files.push({
      name: `${name}.xlsx`,
      buffer: await workbookBuffer([s], ([ws]) => ws.spliceRows(start, count)),
      expect: 'form',
      kind: 'deleted-rows',
    });
  }
  return files;
}

/** Merges over the table's edge: the 三级指标 header into columns outside the table; the last indicator row into 总分. */
export async function crossingMerges(): Promise<HostileFile[]> {
  const files: HostileFile[] = [];
  const cases: [string, (s: SheetBuilder, f: FormPlaces) => void][] = [
    // 三级指标 merged rightwards over the other headers and one column past the table.
    [
      'merge-header-past-table',
      (s, f) => {
        const h = f.cells.indicatorHeader!;
        s.merges.push(`${address(rowOf(h), colOf(h) + 2)}:${address(rowOf(h), colOf(h) + 8)}`);
      },
    ],
    // The whole header row, 一级指标 to one past the table: 三级指标 is swallowed.
    [
      'merge-header-row-wide',
      (s, f) => {
        const h = f.cells.indicatorHeader!;
        s.merges.push(`${h}:${address(rowOf(h), colOf(h) + 8)}`);
      },
    ],
    // 三级指标 merged down into the first indicator row and over the column left of the table.
    [
      'merge-header-down-and-left',
      (s, f) => {
        const h = f.cells.indicatorHeader!;
        dropMergesTouching(s, rowOf(h), rowOf(h) + 1, [colOf(h) - 1, colOf(h) + 2]);
        s.merges.push(`${address(rowOf(h), colOf(h) - 1)}:${address(rowOf(h) + 1, colOf(h) + 2)}`);
      },
    ],
    // The last indicator's 得分 merged with the 总分 row's: the stated total is gone.
    [
      'merge-last-score-into-total',
      (s, f) => {
        const last = f.indicators[f.indicators.length - 1].cells.score!;
        s.set(address(rowOf(last) + 1, colOf(last)), null);
        s.merges.push(`${last}:${address(rowOf(last) + 1, colOf(last))}`);
      },
    ],
    // The last indicator's note merged down over the 总分 row, past the table's right edge.
    [
      'merge-last-note-into-total',
      (s, f) => {
        const last = f.indicators[f.indicators.length - 1].cells.deviation!;
        s.set(last, '满意度调查由第三方开展，样本覆盖全部改造小区。');
        s.merges.push(`${last}:${address(rowOf(last) + 1, colOf(last) + 1)}`);
      },
    ],
    // The last indicator's name merged over the 总分 row (the 总分 label left in its first cell, unmerged).
    [
      'merge-last-name-into-total',
      (s, f) => {
        const last = f.indicators[f.indicators.length - 1].cells.name!;
        const totalRow = rowOf(last) + 1;
        dropMergesTouching(s, totalRow, totalRow);
        dropMergesTouching(s, rowOf(last), totalRow, [colOf(last), colOf(last)]);
        s.merges.push(`${last}:${address(totalRow, colOf(last))}`);
      },
    ],
  ];
  for (const [name, edit] of cases) {
    const { s, form } = sampleSheet();
    edit(s, form);
    files.push({ name: `${name}.xlsx`, buffer: await workbookBuffer([s]), expect: 'form', kind: 'crossing-merges' });
  }
  return files;
}

/** Two forms on one sheet: stacked, side by side, side by side with a row offset. */
export async function twoForms(): Promise<HostileFile[]> {
  const files: HostileFile[] = [];
  const cases: [string, [number, number], [number, number]][] = [
    ['two-forms-stacked', [3, 1], [40, 1]],
    ['two-forms-stacked-no-gap', [3, 1], [3 + 12 + lukou.indicators.length, 1]],
    ['two-forms-side-by-side', [3, 1], [3, 12]],
    ['two-forms-side-by-side-offset', [3, 1], [7, 11]],
  ];
  for (const [name, [r1, c1], [r2, c2]] of cases) {
    const s = new SheetBuilder('两张表');
    placeStandardForm(s, r1, c1);
    const second = placeStandardForm(s, r2, c2);
    s.set(second.cells.unit!, '株洲市渌口区住房和城乡建设局');
    files.push({ name: `${name}.xlsx`, buffer: await workbookBuffer([s]), expect: 'form', kind: 'two-forms' });
  }
  return files;
}

/** A form with no indicators: the rows cleared, the rows deleted, only "/" rows. */
export async function noIndicators(): Promise<HostileFile[]> {
  const files: HostileFile[] = [];
  const n = lukou.indicators.length;
  {
    const { s, form } = sampleSheet();
    const [first, last] = [form.indicatorRows[0], form.indicatorRows[n - 1]];
    dropMergesTouching(s, first, last, [colOf(form.cells.indicatorHeader!), colOf(form.cells.indicatorHeader!) + 7]);
    for (const key of [...s.cells.keys()]) if (rowOf(key) >= first && rowOf(key) <= last) s.cells.delete(key);
    files.push({
      name: 'no-indicators-blank-rows.xlsx',
      buffer: await workbookBuffer([s]),
      expect: 'form',
      kind: 'no-indicators',
    });
  }
  {
    const { s, form } = sampleSheet();
    const [first, last] = [form.indicatorRows[0], form.indicatorRows[n - 1]];
    // Header straight above 总分: the rows and every merge over them or below them removed, then the rows deleted.
    dropMergesTouching(s, first - 1, last + 1);
    files.push({
      name: 'no-indicators-header-then-total.xlsx',
      buffer: await workbookBuffer([s], ([ws]) => ws.spliceRows(first, n)),
      expect: 'form',
      kind: 'no-indicators',
    });
  }
  {
    const { s, form } = sampleSheet();
    for (const ind of form.indicators) {
      for (const field of ['name', 'target', 'actual', 'weight', 'score', 'deviation'] as const)
        s.set(ind.cells[field]!, '/');
    }
    files.push({
      name: 'no-indicators-only-slashes.xlsx',
      buffer: await workbookBuffer([s]),
      expect: 'form',
      kind: 'no-indicators',
    });
  }
  {
    const { s, form } = sampleSheet();
    for (const ind of form.indicators) s.set(ind.cells.name!, '指标1：');
    for (const ind of form.indicators)
      for (const field of ['target', 'actual', 'weight', 'score', 'deviation'] as const) s.set(ind.cells[field]!, null);
    files.push({
      name: 'no-indicators-template-residue.xlsx',
      buffer: await workbookBuffer([s]),
      expect: 'form',
      kind: 'no-indicators',
    });
  }
  return files;
}

/** Readable workbooks with no form: empty, no sheets at all, a ledger, a cover page. */
export async function noForm(): Promise<HostileFile[]> {
  const files: HostileFile[] = [];
  const add = async (name: string, sheets: SheetBuilder[]) =>
    files.push({ name, buffer: await workbookBuffer(sheets), expect: 'no-form', kind: 'no-form' });
  await add('empty-sheet.xlsx', [new SheetBuilder('Sheet1')]);
  await add('no-sheets.xlsx', []);
  const ledger = new SheetBuilder('明细账');
  for (let r = 1; r <= 200; r++)
    ledger.row(`A${r}`, [
      `2022-${String((r % 12) + 1).padStart(2, '0')}`,
      '办公经费',
      r * 13.5,
      r % 3 === 0 ? { error: '#N/A' } : '已报销',
    ]);
  await add('ledger.xlsx', [ledger]);
  const cover = new SheetBuilder('封面');
  cover.merge('A2:F2', '2022年度绩效自评材料');
  cover.row('A4', ['单位：', lukou.unit]);
  cover.set('A8', '目录：1. 自评报告  2. 佐证材料');
  await add('cover-only.xlsx', [cover, new SheetBuilder('空白页')]);
  return files;
}

// ---------------------------------------------------------------------------------------------------------------
// The value strings of annex1.md, mutated

const HALF_TO_FULL = (ch: string): string => {
  const code = ch.codePointAt(0)!;
  if (code === 0x20) return '\u3000';
  if (code > 0x20 && code < 0x7f) return String.fromCodePoint(code + 0xfee0);
  if (code === 0x3000) return ' ';
  if (code > 0xff00 && code < 0xff5f) return String.fromCodePoint(code - 0xfee0);
  return ch;
};

/**
 * Characters a mutation may insert: ASCII, full-width forms, comparison signs of every width, CJK (also beyond
 * the BMP), spaces of all kinds, zero-width and direction marks, a combining accent, an emoji. No control
 * character XML cannot carry.
 */
const CHARS = [
  ...'0123456789.,-+%/*:;()[]<>=~ abcxyzABC',
  ...'０１２３４５６７８９．，％＝＞＜（）：',
  ...'≥≤≧≦﹦≠±×÷·˙•',
  ...'个户人年月日以上下内万元亿平方米次是否达成完成约共',
  '\u3000',
  '\u00a0',
  '\n',
  '\t',
  '\u200b',
  '\u200e',
  '\u202e',
  '\ufeff',
  '\u0301',
  '😀',
  '𠀀',
  '—',
  '……',
  '★',
];

type Mutation =
  | { op: 'insert'; at: number; ch: string }
  | { op: 'delete'; at: number }
  | { op: 'replace'; at: number; ch: string }
  | { op: 'width'; at: number }
  | { op: 'widthAll' }
  | { op: 'unit'; unit: string; replace: boolean };

const arbMutation = (units: string[]): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), ch: fc.constantFrom(...CHARS) }),
    fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('replace' as const), at: fc.nat(), ch: fc.constantFrom(...CHARS) }),
    fc.record({ op: fc.constant('width' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('widthAll' as const) }),
    fc.record({
      op: fc.constant('unit' as const),
      unit: fc.constantFrom(...units, '', '万平方米', 'km²', '元/人·月'),
      replace: fc.boolean(),
    }),
  );

/** Applies mutations code point by code point (an emoji is never split into lone surrogates). */
export function mutate(text: string, mutations: Mutation[]): string {
  let chars = Array.from(text);
  for (const m of mutations) {
    const at = 'at' in m ? (chars.length === 0 ? 0 : m.at % (chars.length + (m.op === 'insert' ? 1 : 0))) : 0;
    switch (m.op) {
      case 'insert':
        chars.splice(at, 0, ...Array.from(m.ch));
        break;
      case 'delete':
        chars.splice(at, 1);
        break;
      case 'replace':
        chars.splice(at, 1, ...Array.from(m.ch));
        break;
      case 'width':
        if (chars.length > 0) chars[at] = HALF_TO_FULL(chars[at]);
        break;
      case 'widthAll':
        chars = chars.map(HALF_TO_FULL);
        break;
      case 'unit': {
        if (m.replace) {
          // The unit is what follows the last digit.
          let end = chars.length;
          while (end > 0 && !/[0-9０-９]/.test(chars[end - 1])) end--;
          if (end > 0) chars = chars.slice(0, end);
        }
        chars.push(...Array.from(m.unit));
        break;
      }
    }
  }
  return chars.join('');
}

/** A value for a target/actual/weight/score cell: mostly a mutated annex1.md string, sometimes a number cell. */
const arbCellValue = (values: string[], units: string[]): fc.Arbitrary<CellInput> =>
  fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .tuple(fc.constantFrom(...values), fc.array(arbMutation(units), { maxLength: 4 }))
        .map(([v, ms]) => mutate(v, ms)),
    },
    { weight: 2, arbitrary: fc.constantFrom(...values) },
    {
      weight: 3,
      arbitrary: fc.oneof(
        fc.double({ noDefaultInfinity: true, noNaN: true, min: -1e6, max: 1e6 }),
        fc.constantFrom<CellInput>(0, -0, 1, 100, 1e308, -1e308, 5e-324, 0.96, 44926, -1, 2958466, 60),
        fc.record({
          v: fc.double({ min: -2, max: 3e6, noNaN: true }),
          numFmt: fc.constantFrom(
            '0%',
            '0.00%',
            'yyyy-mm-dd',
            'yyyy"年"m"月"d"日"',
            '#,##0.00',
            '0.00"万元"',
            '@',
            '[h]:mm',
            '0.0E+00',
          ),
        }),
        fc.boolean(),
      ),
    },
    { weight: 1, arbitrary: fc.constant<CellInput>(null) },
  );

/**
 * 200 (by default) copies of the sample whose target, actual, 分值 and 得分 cells hold the value strings of
 * annex1.md ("What is typed into the value cells"). The first copies hold every one of them as written, in order
 * (44 cells a copy); the others hold them mutated: characters inserted, deleted or replaced, full-width/half-width
 * swapped, units replaced or added; or odd number cells. Fixed seed.
 */
export async function annexVariants(count: number): Promise<HostileFile[]> {
  const values = annex1Values();
  const cell = arbCellValue(values, annex1Units());
  const n = lukou.indicators.length;
  const verbatim: CellInput[][][] = [];
  for (let at = 0; at < values.length; at += n * 4) {
    const slice = values.slice(at, at + n * 4);
    verbatim.push(Array.from({ length: n }, (_, i) => [0, 1, 2, 3].map((k) => slice[(i * 4 + k) % slice.length])));
  }
  const arbVariant = fc.array(fc.tuple(cell, cell, cell, cell), { minLength: n, maxLength: n });
  const variants: CellInput[][][] = [
    ...verbatim,
    ...fc.sample(arbVariant, { seed: 20221231, numRuns: Math.max(0, count - verbatim.length) }),
  ].slice(0, count);
  const files: HostileFile[] = [];
  for (let v = 0; v < variants.length; v++) {
    const { s, form } = sampleSheet('绩效自评表');
    form.indicators.forEach((ind, i) => {
      const [target, actual, weight, score] = variants[v][i];
      s.set(ind.cells.target!, target);
      s.set(ind.cells.actual!, actual);
      s.set(ind.cells.weight!, weight);
      s.set(ind.cells.score!, score);
    });
    files.push({
      name: `annex-variant-${String(v + 1).padStart(3, '0')}.xlsx`,
      buffer: await workbookBuffer([s]),
      expect: 'form',
      kind: 'annex-variant',
    });
  }
  return files;
}

// ---------------------------------------------------------------------------------------------------------------
// Random junk

/** Characters of junk text: never 指 nor 额, so that no junk cell can be taken for 三级指标 or 年度资金总额. */
const JUNK_CHARS = [
  ...'0123456789abcXYZ .,:-/%（）：　\n年度预算资金总分值得实际完成执行率一二三级标偏差原因备注合计',
  '≥',
  '≤',
  '😀',
];
const FORM_LABELS = [
  '年度资金总额',
  '三级指标',
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '分值',
  '执行率',
  '得分',
  '一级指标',
  '二级指标',
  '年度指标值',
  '实际完成值',
  '偏差原因分析及改进措施',
  '总分',
  '预算部门名称',
  '按收入性质分：',
  '其中：基本支出',
  '项目支出',
  '年度总体目标',
  '预期目标',
  '实际完成情况',
  '（2022年度）',
  '年度预算申请（万元）',
  '≥18个',
  '是',
  '/',
];
const ERRORS = ['#DIV/0!', '#N/A', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!'];

interface JunkSheet {
  rows: number;
  cols: number;
  cells: [number, number, CellInput][];
  merges: [number, number, number, number][];
  labels: [number, number, string][];
}

const arbJunkCell: fc.Arbitrary<CellInput> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...JUNK_CHARS), { maxLength: 12 }).map((cs) => cs.join('')) },
  {
    weight: 3,
    arbitrary: fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error): CellInput => ({ error })) },
  {
    weight: 1,
    arbitrary: fc.record({
      v: fc.integer({ min: 0, max: 60000 }),
      numFmt: fc.constantFrom('yyyy-mm-dd', '0%', '#,##0.00'),
    }),
  },
);

const arbJunkSheet = (withLabels: boolean): fc.Arbitrary<JunkSheet> =>
  fc.record({ rows: fc.integer({ min: 1, max: 40 }), cols: fc.integer({ min: 1, max: 14 }) }).chain(({ rows, cols }) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      cells: fc.array(fc.tuple(fc.nat(rows - 1), fc.nat(cols - 1), arbJunkCell), { maxLength: rows * cols }),
      merges: fc.array(fc.tuple(fc.nat(rows - 1), fc.nat(cols - 1), fc.nat(4), fc.nat(4)), { maxLength: 8 }),
      labels: withLabels
        ? fc.array(fc.tuple(fc.nat(rows - 1), fc.nat(cols - 1), fc.constantFrom(...FORM_LABELS)), {
            minLength: 1,
            maxLength: 20,
          })
        : fc.constant([]),
    }),
  );

/** A junk sheet as a builder: non-overlapping merges, and labels never hidden under a merge. */
function junkBuilder(name: string, junk: JunkSheet, anchor: string | undefined): SheetBuilder {
  const s = new SheetBuilder(name);
  for (const [r, c, v] of junk.cells) s.set(address(r + 1, c + 1), v);
  const labels = [...junk.labels];
  if (anchor) labels.push([junk.rows - 1, 0, anchor]);
  for (const [r, c, text] of labels) s.set(address(r + 1, c + 1), text);
  const taken: [number, number, number, number][] = [];
  const covers = (m: [number, number, number, number], r: number, c: number) =>
    r >= m[0] && r <= m[2] && c >= m[1] && c <= m[3];
  for (const [r, c, h, w] of junk.merges) {
    const m: [number, number, number, number] = [r, c, Math.min(r + h, junk.rows - 1), Math.min(c + w, junk.cols - 1)];
    if (m[2] === m[0] && m[3] === m[1]) continue;
    if (taken.some((t) => t[0] <= m[2] && t[2] >= m[0] && t[1] <= m[3] && t[3] >= m[1])) continue;
    // A label may be a merge's top-left cell, never one of the cells a merge hides.
    if (labels.some(([lr, lc]) => covers(m, lr, lc) && !(lr === m[0] && lc === m[1]))) continue;
    taken.push(m);
    s.merges.push(`${address(m[0] + 1, m[1] + 1)}:${address(m[2] + 1, m[3] + 1)}`);
  }
  return s;
}

/**
 * Random workbooks (fast-check, fixed seed): grids of strings, numbers, booleans, errors, dates and merges, one to
 * three sheets. Half hold no form label at all (no-form); half hold form labels strewn about, 年度资金总额 or
 * 三级指标 among them, which make the reader try a form (form).
 */
export async function junkWorkbooks(count: number): Promise<HostileFile[]> {
  const files: HostileFile[] = [];
  for (const withLabels of [false, true]) {
    const arbWorkbook = fc.tuple(
      fc.array(arbJunkSheet(withLabels), { minLength: 1, maxLength: 3 }),
      fc.constantFrom('年度资金总额', '三级指标', '三级指标名称', '年度资金总额：'),
    );
    const samples = fc.sample(arbWorkbook, { seed: withLabels ? 6 : 5, numRuns: Math.ceil(count / 2) });
    for (let i = 0; i < samples.length; i++) {
      const [sheets, anchor] = samples[i];
      const builders = sheets.map((junk, k) =>
        junkBuilder(`第${k + 1}页 ${i}`, junk, withLabels && k === sheets.length - 1 ? anchor : undefined),
      );
      files.push({
        name: `junk-${withLabels ? 'labelled' : 'plain'}-${String(i + 1).padStart(2, '0')}.xlsx`,
        buffer: await workbookBuffer(builders),
        expect: withLabels ? 'form' : 'no-form',
        kind: withLabels ? 'junk-labelled' : 'junk-plain',
      });
    }
  }
  return files;
}
