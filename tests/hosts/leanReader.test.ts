import * as fs from 'node:fs';
import * as path from 'node:path';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { writeGridsToXlsx } from '../../src/hosts/xlsx';
import { leanDeclines } from '../../src/hosts/xlsx/leanReader';
import { readWorkbookWith } from '../../src/hosts/xlsx/readWorkbook';
import { benchForm } from '../support/generate';
import { corruptFiles } from '../support/corrupt';
import { hostileCorpus } from '../support/hostile/corpus';
import { handmadeWorkbook } from '../support/handmade';
import { offset, mergedNotes, olderBudget, project, splitTarget, twoSheets, wordLike, yuan } from '../support/layouts';
import { makeZip } from '../support/zip';

/**
 * The CLI reads workbooks with the lean reader (src/hosts/xlsx/leanReader.ts) wherever it can, and with exceljs
 * otherwise. Every workbook the tests have must read the same both ways: the same grids (values, formats, formulas,
 * merges, uncomputed formulas, sheet names and order, holes where cells are blank), or the same error. The lean
 * reader must also take the workbooks it exists for (generated forms, the corpus), or it would save nothing.
 */

type Outcome = { grids: unknown } | { error: string };

async function outcome(bytes: Buffer, reader: 'lean' | 'exceljs'): Promise<Outcome> {
  try {
    return { grids: await readWorkbookWith(bytes, 'x.xlsx', reader) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** Reads the file both ways, expects the same outcome, and says whether the lean reader took it. */
async function compare(bytes: Buffer): Promise<'taken' | 'declined'> {
  expect(await outcome(bytes, 'lean')).toStrictEqual(await outcome(bytes, 'exceljs'));
  return leanDeclines(bytes) === undefined ? 'taken' : 'declined';
}

const CORPUS = path.join(__dirname, '..', 'corpus', 'xlsx');

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

interface SheetPart {
  name: string;
  xml: string;
  state?: string;
  sheetId?: number;
}

/** A package of the given worksheets (sheetData and what follows it), with shared strings and styles. */
function pack(
  sheets: SheetPart[],
  options: { strings?: string[]; date1904?: boolean; extra?: Record<string, string>; definedNames?: string } = {},
): Buffer {
  const parts: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
      (options.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>') +
      '<sheets>' +
      sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name}" sheetId="${s.sheetId ?? i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
        )
        .join('') +
      '</sheets>' +
      (options.definedNames ?? '') +
      '</workbook>',
    'xl/_rels/workbook.xml.rels':
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      sheets
        .map(
          (_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      `<Relationship Id="rId90" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
  };
  if (options.strings)
    parts['xl/sharedStrings.xml'] =
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${options.strings.length}">${options.strings.join('')}</sst>`;
  // Reversed, so that the parts' order in the zip is not the workbook's.
  [...sheets].reverse().forEach((s) => {
    const i = sheets.indexOf(s);
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${s.xml}</worksheet>`;
  });
  return makeZip({ ...parts, ...options.extra });
}

/** 0 General, 1 custom yyyy-mm-dd, 2 built-in 0.00%, 3 built-in 31 (年月日), 4 built-in 14, 5 custom 0.0"万元". */
const STYLES = `<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="${MAIN}">
<numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="177" formatCode="0.0&quot;万元&quot;"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
</styleSheet>`;

const STRINGS = [
  '<si><t>三级指标</t></si>',
  '<si><r><rPr><b/><sz val="11"/></rPr><t>年度</t></r><r><t xml:space="preserve"> 资金总额 </t></r></si>',
  '<si><t>第一行_x000D_\n第二行</t></si>',
  '<si><t>渌口</t><rPh sb="0" eb="2"><t>ルコウ</t></rPh><phoneticPr fontId="1"/></si>',
  '<si/>',
  '<si><t/></si>',
  '<si><t>&lt;≥18个&gt; &amp; &#x4E2D;</t></si>',
  '<si><r><t>_x0041_部分</t></r><r><rPr><i/></rPr></r></si>',
];

/** A sheet with every kind of cell exceljs reads, shared formulas, formulas without results, and merges. */
const CELLS = `<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="3" width="12" style="5" customWidth="1"/></cols>
<sheetData>
<row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c><c r="H1" t="s"><v>7</v></c></row>
<row r="2" hidden="1" s="2" customFormat="1"><c r="A2"><v>18015.27</v></c><c r="B2" s="2"><v>0.995</v></c><c r="C2" s="5"><v> 12.50 </v></c><c r="D2"><v>1E-3</v></c><c r="E2" t="n"><v>-0</v></c><c r="F2"><v>abc</v></c><c r="G2" s="3"/><c r="H2"/></row>
<row r="3"><c r="A3" s="1"><v>44926</v></c><c r="B3" s="3"><v>44926.5</v></c><c r="C3" s="4"><v>60</v></c><c r="D3" s="1"><v>-1</v></c></row>
<row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4" t="b"><v>0</v></c><c r="C4" t="e"><v>#N/A</v></c><c r="D4" t="str"><v>&amp;lt;文本&amp;gt;</v></c><c r="E4" t="inlineStr"><is><t xml:space="preserve"> 行内 </t></is></c><c r="F4" t="inlineStr"><is><r><rPr><b/></rPr><t>执行</t></r><r><t>率_x0025_</t></r></is></c><c r="G4"><v><![CDATA[5]]></v></c></row>
<row r="5"><c r="A5"><v>5</v></c><c r="B5"><f t="shared" ref="B5:B8" si="0">A5*2+$A$5</f><v>15</v></c><c r="C5"><f>SUM(A5:A8)</f></c><c r="D5" t="str"><f>IF(A5&gt;2,"达成","")</f><v>达成</v></c><c r="E5" t="b"><f>A5&lt;0</f><v>0</v></c><c r="F5" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G5" s="1"><f>A3+1</f><v>44927</v></c></row>
<row r="6"><c r="A6"><v>0</v></c><c r="B6"><f t="shared" si="0"/><v>5</v></c><c r="C6"><f t="array" ref="C6">A5*3</f><v>15</v></c><c r="D6"><f>Sheet2!A1&amp;"x"</f></c><c r="E6"><f>NOSUCHFUNCTION(1)</f></c></row>
<row r="7"><c r="A7"><v>2.5</v></c><c r="B7"><f t="shared" si="0"/></c><c r="C7"><f t="shared" ref="C7:D7" si="1">A7</f><v>2.5</v></c><c r="D7"><f t="shared" si="1"/><v>0</v></c></row>
<row r="8"><c r="A8" t="s"><v>6</v></c><c r="B8"><f t="shared" si="0">A8+1</f></c></row>
<row r="10"><c r="A10" t="s"><v>0</v></c><c r="B10"><v>1</v></c><c r="C10"><v>2</v></c></row>
<row r="11"><c r="B11"><v>3</v></c><c r="C11" s="2"/></row>
</sheetData>
<mergeCells count="2"><mergeCell ref="A10:A11"/><mergeCell ref="B10:C11"/></mergeCells>
<phoneticPr fontId="1" type="noConversion"/>
<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="H5:H8 J1"><formula1>"是,否"</formula1></dataValidation></dataValidations>
<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
<pageSetup paperSize="9" orientation="landscape"/>`;

const SECOND = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>末页</t></is></c><c r="B1"><f>附件1!A2*2</f></c></row></sheetData>`;

function features(options: { date1904?: boolean } = {}): Buffer {
  return pack(
    [
      { name: '附件1', xml: CELLS, sheetId: 3 },
      { name: '隐藏', xml: '<sheetData/>', state: 'hidden', sheetId: 1 },
      { name: 'Sheet2', xml: SECOND, state: 'veryHidden', sheetId: 7 },
    ],
    {
      strings: STRINGS,
      date1904: options.date1904,
      definedNames: `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">附件1!$A$1:$H$11</definedName></definedNames>`,
    },
  );
}

/** The features sheet with one change: what the lean reader must leave to exceljs. */
function variant(from: string, to: string, extra?: Record<string, string>): Buffer {
  if (!CELLS.includes(from)) throw new Error(`no ${from}`);
  return pack([{ name: '附件1', xml: CELLS.replace(from, to) }], { strings: STRINGS, extra });
}

describe('the lean reader reads as exceljs reads', () => {
  it('takes every corpus workbook, generated form and test layout, with the same grids', async () => {
    const files: Buffer[] = fs.readdirSync(CORPUS).map((name) => fs.readFileSync(path.join(CORPUS, name)));
    for (let i = 0; i < 6; i++)
      files.push(await writeGridsToXlsx([layoutAnnex1(benchForm(11 + i * 3, i + 1), '附件1').grid]));
    for (const build of [wordLike, offset, olderBudget, splitTarget, yuan, mergedNotes, project])
      files.push((await build()).buffer);
    expect(files.length).toBeGreaterThan(20);
    for (const bytes of files) expect(await compare(bytes)).toBe('taken');
    // Its cover sheet holds a hyperlink: exceljs's to read.
    expect(await compare((await twoSheets()).buffer)).toBe('declined');
  });

  it('takes a workbook with every kind of cell, shared formulas, styles, merges, hidden sheets and 1904 dates', async () => {
    for (const bytes of [features(), features({ date1904: true })]) {
      expect(leanDeclines(bytes)).toBeUndefined();
      expect(await compare(bytes)).toBe('taken');
    }
    const [sheet] = await readWorkbookWith(features(), 'x.xlsx', 'lean');
    // A few cells by hand, so that both readers agreeing on nothing cannot pass.
    expect(sheet.cells[0][1]).toStrictEqual({ value: '年度 资金总额 ' });
    expect(sheet.cells[5][1]).toStrictEqual({ value: 5, formula: 'A6*2+$A$5' });
    expect(sheet.merges).toStrictEqual([
      { top: 9, left: 0, bottom: 10, right: 0 },
      { top: 9, left: 1, bottom: 10, right: 2 },
    ]);
  });

  it('gives exceljs what it does not know, and still reads the same', async () => {
    // exceljs warns that it cuts a long sheet name.
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const declined = [
      variant('<c r="B4" t="b"><v>0</v></c>', '<c r="B4" t="d"><v>2022-12-31</v></c>'),
      variant('<phoneticPr', '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks><phoneticPr'),
      variant(
        '<phoneticPr',
        '<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0"/></conditionalFormatting><phoneticPr',
      ),
      variant('<mergeCell ref="A10:A11"/>', '<mergeCell ref="A10:B10"/>'),
      variant('<c r="A5"><v>5</v></c>', '<c r="A5"><v>5</v><extLst/></c>'),
      variant('<c r="A5"><v>5</v></c>', '<c><v>5</v></c>'),
      variant('<c r="A5"><v>5</v></c>', '<c r="A6"><v>5</v></c>'),
      variant('<c r="A8" t="s"><v>6</v></c>', '<c r="A8" t="s"><v>60</v></c>'),
      variant('<row r="11">', '<row r="10">'),
      variant('', '', { 'xl/comments1.xml': '<comments/>' }),
      pack([
        { name: 'A', xml: '<sheetData/>' },
        { name: 'a', xml: '<sheetData/>' },
      ]),
      pack([{ name: 'History', xml: '<sheetData/>' }]),
      pack([{ name: 'x'.repeat(32), xml: '<sheetData/>' }]),
      pack([{ name: '表', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row>' }]),
    ];
    for (const bytes of declined) expect(await compare(bytes)).toBe('declined');
  });

  it('matches exceljs on the hostile corpus and on files that are not workbooks, taking the readable ones', async () => {
    const hostile = await hostileCorpus({ variants: 20, junk: 10, big: false });
    const outcomes = new Set<string>();
    for (const file of [...hostile, ...corruptFiles().map((f) => ({ buffer: f.buffer, expect: 'error' }))]) {
      const taken = await compare(file.buffer);
      outcomes.add(`${file.expect}:${taken}`);
    }
    expect([...outcomes].sort()).toEqual(['error:declined', 'form:taken', 'no-form:taken']);
    expect(await compare(handmadeWorkbook())).toBe('taken');
  }, 120_000);
});
