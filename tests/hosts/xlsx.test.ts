import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/cells';
import { readWorkbook, WorkbookError } from '../../src/hosts/xlsx';
import { exceljsDateToSerial, serialToExceljsDate } from '../../src/core/excelDate';
import { sheetToGrid } from '../../src/hosts/xlsx/readWorkbook';
import { cellAt, findGrid, flatten } from '../support/grids';
import { deflateRepeated } from '../support/zip';
import {
  buildWorkbook,
  corruptFiles,
  DATE_SERIAL_2022_12_31,
  handmadeWorkbook,
  lukou,
  lukouYuan,
  mergedNotes,
  offset,
  olderBudget,
  project,
  sampleProject,
  splitTarget,
  twoSheets,
  wordLike,
  yuan,
  type BuiltLayout,
  type FormPlaces,
} from '../support/layouts';

const builders = { wordLike, offset, olderBudget, splitTarget, yuan, mergedNotes, project, twoSheets };

async function read(layout: BuiltLayout): Promise<Grid[]> {
  return readWorkbook(layout.buffer, layout.fileName);
}

/** The value at a described cell of a form. */
function valueAt(grids: Grid[], form: FormPlaces, address: string | undefined) {
  if (!address) throw new Error('cell not described');
  return cellAt(findGrid(grids, form.sheet), address)?.value ?? null;
}

describe.each(Object.entries(builders))('layout %s', (_name, build) => {
  let layout: BuiltLayout;
  let grids: Grid[];
  beforeAll(async () => {
    layout = await build();
    grids = await read(layout);
  });

  test('reads one grid per sheet, in order', () => {
    expect(grids.map((g) => g.name)).toEqual(layout.sheets.map((s) => s.name));
  });

  test('every written cell reads back exactly, nothing else appears, merges are kept', () => {
    for (const sheet of layout.sheets) {
      const { cells, merges } = flatten(findGrid(grids, sheet.name));
      expect(Object.fromEntries(cells)).toEqual(Object.fromEntries(sheet.cells));
      expect(merges).toEqual([...sheet.merges].sort());
    }
  });

  test('the described cells hold the form: unit, budget total, indicator names in order', () => {
    for (const form of layout.forms) {
      const grid = findGrid(grids, form.sheet);
      expect(grid.cells[form.budgetTotalRow - 1]).toBeDefined();
      expect(String(valueAt(grids, form, form.cells.budgetTotalLabel))).toContain('年度资金总额');
      const expectedNames =
        form.kind === 'project' ? sampleProject.indicators.map((x) => x[2]) : lukou.indicators.map((x) => x.name);
      expect(form.indicators.map((x) => String(valueAt(grids, form, x.cells.name)).trim())).toEqual(expectedNames);
      expect(form.indicatorRows).toEqual(form.indicators.map((x) => x.row));
      for (const indicator of form.indicators) {
        for (const address of Object.values(indicator.cells)) {
          if (address === undefined) continue;
          const cellRow = Number(/\d+$/.exec(address)?.[0]);
          // A merged label's top-left cell is at or above the row it applies to.
          expect(cellRow).toBeLessThanOrEqual(indicator.row);
        }
      }
      if (form.kind === 'department')
        expect(valueAt(grids, form, form.cells.unit)).toMatch(/^株洲市渌口区住房保障服务中心/);
    }
  });
});

describe('layout specifics', () => {
  test('wordLike keeps the Word text: line breaks, full-width spaces, "10分", "100%"', async () => {
    const layout = await wordLike();
    const grids = await read(layout);
    const { form } = layout;
    const at = (address: string | undefined) => valueAt(grids, form, address);
    expect(at(form.cells.budgetHeader)).toBe('年度预\n算申请\n（万元）');
    expect(at('E5')).toBe('全年  预算数');
    expect([at(form.cells.initialBudget), at(form.cells.fullYearBudget), at(form.cells.executed)]).toEqual([
      623.5, 18015.27, 18015.27,
    ]);
    expect([at(form.cells.budgetWeight), at(form.cells.rate), at(form.cells.budgetScore)]).toEqual([
      '10分',
      '100%',
      10,
    ]);
    expect(at(form.cells.generalPublicBudget)).toBe('  其中：  一般公共预算：2967.76');
    expect(at(form.cells.specialAccountNonTax)).toBe('纳入专户管理的非税收入拨款：');
    expect(at(form.cells.achieved)).toBe(`　${lukou.overallGoal.achieved}`);
    expect(at('A14')).toBe('绩\n效\n指\n标');
    const [first, second, , , , , economic, , ecological] = form.indicators;
    expect(at(first.cells.level1)).toBe('产出指标\n(50分)');
    expect(at(economic.cells.level1)).toBe('效益指标\n（30分）　');
    expect(at(first.cells.level2)).toBe('数量\n指标');
    expect(at(second.cells.target)).toBe('　≥766户');
    expect(at(first.cells.weight)).toBe('　5');
    expect(at(economic.cells.score)).toBe('5　');
    expect(at(ecological.cells.weight)).toBe('  10　');
    expect([at(form.cells.totalWeight), at(form.cells.totalScore)]).toEqual([100, '100　']);
    const merges = flatten(grids[0]).merges;
    expect(merges).toEqual(expect.arrayContaining(['A5:A11', 'A14:A25', 'B15:B20', 'C15:C17', 'B8:E8']));
  });

  test('offset starts at C6 below a title block; the hidden row 1 and the note in column A are read', async () => {
    const layout = await offset();
    const grids = await read(layout);
    const grid = grids[0];
    expect(layout.form.origin).toBe('C6');
    expect(cellAt(grid, 'C6')?.value).toBe('预算部门名称：');
    expect(cellAt(grid, 'A1')?.value).toBe('内部：已与决算报表核对（财务股）');
    expect(String(cellAt(grid, 'A17')?.value)).toMatch(/^注：/);
    expect(grid.cells.slice(3, 5).every((row) => row.every((c) => c === undefined))).toBe(true);
    expect(layout.form.budgetTotalRow).toBe(8);
    expect(valueAt(grids, layout.form, layout.form.cells.executed)).toBe(18015.27);
    expect(valueAt(grids, layout.form, layout.form.cells.specialAccountNonTax)).toBeNull();
  });

  test('olderBudget has no 年初预算数 and a cached #DIV/0! rate', async () => {
    const layout = await olderBudget();
    const grids = await read(layout);
    const texts = [...flatten(grids[0]).cells.values()].map((c) => c.value);
    expect(texts).not.toContain('年初预算数');
    expect(texts).toEqual(expect.arrayContaining(['全年预算数（A）', '执行率（B/A）']));
    expect(cellAt(grids[0], 'H8')).toEqual({ value: { error: '#DIV/0!' }, numFmt: '0.00%', formula: 'F8/E8' });
    expect(layout.form.cells.initialBudget).toBeUndefined();
    for (const row of layout.form.repeatedScoreRows) expect(grids[0].cells[row - 1]).toBeDefined();
  });

  test('splitTarget splits 年度指标值 into three cells and copies 折算得分 with a shared formula', async () => {
    const layout = await splitTarget();
    const grids = await read(layout);
    const [first, , , , , , , social] = layout.form.indicators;
    const at = (address: string | undefined) => valueAt(grids, layout.form, address);
    expect([at(first.cells.targetKind), at(first.cells.targetValue), at(first.cells.targetUnit)]).toEqual([
      '≥',
      18,
      '个',
    ]);
    expect([at(social.cells.targetKind), at(social.cells.targetValue), at(social.cells.targetUnit)]).toEqual([
      '定性',
      '是',
      null,
    ]);
    expect(layout.form.indicators.map((x) => at(x.cells.convertedScore))).toEqual(
      lukou.indicators.map((x) => x.statedScore),
    );
    expect(cellAt(grids[0], layout.form.cells.rate ?? '')).toEqual({ value: 1, numFmt: '0.00%', formula: 'G4/F4' });
    expect(first.cells.weight).toBe('D15');
  });

  test('yuan stores amounts as formatted numbers and the rate as a percent cell', async () => {
    const layout = await yuan();
    const grids = await read(layout);
    const at = (address: string | undefined) => cellAt(grids[0], address ?? '');
    const { cells } = layout.form;
    expect(layout.form.amountsIn).toBe('元');
    expect(at(cells.budgetHeader)?.value).toBe('年度预算申请（元）');
    expect(at(cells.executed)).toEqual({ value: lukouYuan.executed, numFmt: '#,##0.00' });
    expect(at(cells.rate)).toEqual({ value: 1, numFmt: '0.00%' });
    expect(at(cells.budgetWeight)).toEqual({ value: 10 });
    expect(at(cells.totalScore)).toEqual({ value: 100, formula: 'SUM(H14:H24)+I5' });
    const satisfaction = layout.form.indicators[10];
    expect(at(satisfaction.cells.actual)).toEqual({ value: 0.96, numFmt: '0%' });
  });

  test('mergedNotes: a note merged over three rows, a "/" row, a real date cell', async () => {
    const layout = await mergedNotes();
    const grids = await read(layout);
    const grid = grids[0];
    const [a, b, c] = layout.form.indicators;
    expect(new Set([a.cells.deviation, b.cells.deviation, c.cells.deviation])).toEqual(new Set(['I14']));
    expect(flatten(grid).merges).toEqual(expect.arrayContaining(['I14:I16', 'B14:B19', 'B24:B25']));
    expect(cellAt(grid, 'I14')?.value).toBe(lukou.indicators[0].deviation);
    expect(cellAt(grid, 'I15')).toBeUndefined();
    const dated = layout.form.indicators[4];
    expect(cellAt(grid, dated.cells.target ?? '')).toEqual({ value: DATE_SERIAL_2022_12_31, numFmt: 'yyyy-mm-dd' });
    expect(cellAt(grid, dated.cells.actual ?? '')).toEqual({ value: 44926, numFmt: 'yyyy-mm-dd' });
    const [placeholder] = layout.form.placeholderRows;
    expect(grid.cells[placeholder - 1].filter((x) => x !== undefined).map((x) => x?.value)).toEqual([
      '/',
      '/',
      '/',
      '/',
      '/',
      '/',
      '/',
    ]);
    expect(cellAt(grid, 'J14')?.value).toBe('已与项目科核对');
  });

  test('project form: header names the project, sub-rows are the funding sources', async () => {
    const layout = await project();
    const grids = await read(layout);
    const at = (address: string | undefined) => valueAt(grids, layout.form, address);
    const { cells } = layout.form;
    expect(layout.form.kind).toBe('project');
    expect([at(cells.projectName), at(cells.department), at(cells.implementer)]).toEqual([
      sampleProject.name,
      sampleProject.department,
      sampleProject.implementer,
    ]);
    const sources = [at(cells.currentYearFunds), at(cells.carryOverFunds), at(cells.otherFunds)].map(Number);
    expect(sources.reduce((x, y) => x + y, 0)).toBeCloseTo(Number(at(cells.fullYearBudget)), 6);
    const weights = layout.form.indicators.map((x) => Number(at(x.cells.weight)));
    expect(weights.reduce((x, y) => x + y, 0) + Number(at(cells.budgetWeight))).toBe(100);
  });

  test('twoSheets: a cover without a form, then the department and project sheets', async () => {
    const layout = await twoSheets();
    const grids = await read(layout);
    expect(grids.map((g) => g.name)).toEqual(['封面', '部门整体', '项目-老旧小区改造']);
    expect(cellAt(grids[0], 'A2')?.value).toBe('2022年度绩效自评材料');
    expect(cellAt(grids[0], 'B5')).toEqual({ value: 45000, numFmt: 'yyyy"年"m"月"d"日"' });
    expect(cellAt(grids[0], 'B6')?.value).toBe('湖南省财政厅绩效自评通知');
    expect(layout.forms.map((f) => [f.sheet, f.kind])).toEqual([
      ['部门整体', 'department'],
      ['项目-老旧小区改造', 'project'],
    ]);
  });
});

describe('cells exceljs does not write (hand-made package)', () => {
  let grids: Grid[];
  beforeAll(async () => {
    grids = await readWorkbook(handmadeWorkbook(), 'handmade.xlsx');
  });

  test('chart sheets are skipped, worksheet order kept', () => {
    expect(grids.map((g) => g.name)).toEqual(['数据', '末页']);
  });

  test('inline and rich strings, errors, uncached formulas, custom date formats, hidden rows, merges', () => {
    const g = grids[0];
    expect(cellAt(g, 'A1')).toEqual({ value: '　年度资金总额 ' });
    expect(cellAt(g, 'A2')).toEqual({ value: '执行率' });
    expect(cellAt(g, 'B2')).toEqual({ value: 1, numFmt: '0.00%' });
    expect(cellAt(g, 'A3')).toEqual({ value: { error: '#N/A' } });
    // Saved without a result: computed on reading (18015.27 × 2), and listed as never recalculated.
    expect(cellAt(g, 'B3')).toEqual({ value: 36030.54, formula: 'B1*2' });
    expect(g.uncalculated).toEqual([{ cell: 'B3', computed: true }]);
    // A computed 0 or FALSE is a value, not a formula never computed.
    expect(cellAt(g, 'C3')).toEqual({ value: 0, formula: 'B1-B1' });
    expect(cellAt(g, 'D3')).toEqual({ value: false, formula: 'B1<0' });
    expect(cellAt(g, 'A4')).toEqual({ value: 44926, numFmt: 'yyyy-mm-dd' });
    expect(cellAt(g, 'B4')).toEqual({ value: { error: '#DIV/0!' }, formula: '1/0' });
    expect(cellAt(g, 'C4')).toEqual({ value: true });
    expect(cellAt(g, 'A7')).toEqual({ value: 44926, numFmt: 'yyyy"年"m"月"d"日"' });
    expect(cellAt(g, 'B7')).toEqual({ value: 44926, numFmt: 'mm-dd-yy' });
    // A formula filled down is stored once and shared: each cell keeps its own formula and result.
    expect(['B8', 'B9', 'B10'].map((a) => cellAt(g, a))).toEqual([
      { value: 10, formula: 'A8*2' },
      { value: 0, formula: 'A9*2' },
      { value: 5, formula: 'A10*2' },
    ]);
    expect(cellAt(g, 'C10')).toEqual({ value: '达成', formula: 'IF(A10>2,"达成","")' });
    expect(g.merges).toEqual([{ top: 4, left: 0, bottom: 5, right: 2 }]);
  });

  test('blank rows below the last value are not padded, blank rows above are empty arrays', async () => {
    const buffer = await buildWorkbook([[], [], ['x']]);
    const [grid] = await readWorkbook(buffer, 'blank-rows.xlsx');
    expect(grid.cells).toHaveLength(3);
    expect(grid.cells[0]).toEqual([]);
    expect(grid.cells[2][0]).toEqual({ value: 'x' });
  });

  test('a Uint8Array reads like a Buffer', async () => {
    const buffer = await buildWorkbook([['年度资金总额', 18015.27]]);
    const bytes = new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
    const [grid] = await readWorkbook(bytes, 'bytes.xlsx');
    expect(cellAt(grid, 'B1')).toEqual({ value: 18015.27 });
  });
});

describe('exceljs values in memory', () => {
  test('Dates without a format get yyyy-mm-dd; rich text, hyperlinks and formulas are flattened', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('内存');
    sheet.getCell('A1').value = new Date(Date.UTC(2022, 11, 31));
    sheet.getCell('A2').value = { richText: [{ text: '年度', font: { bold: true } }, { text: '资金总额' }] };
    sheet.getCell('A3').value = { text: '链接', hyperlink: 'https://example.org/' };
    // exceljs hands a hyperlink over rich text with its text as rich text, whatever its declared type says.
    Reflect.set(sheet.getCell('A4'), 'value', {
      text: { richText: [{ text: '富' }, { text: '文本' }] },
      hyperlink: 'https://example.org/',
    });
    sheet.getCell('A5').value = { formula: 'A6*2', result: 36030.54 };
    sheet.getCell('A6').value = { formula: 'NOW()', result: new Date(Date.UTC(2022, 11, 31, 12)) };
    sheet.getCell('A6').numFmt = 'yyyy-mm-dd hh:mm';
    sheet.getCell('A7').value = { formula: 'A8' };
    sheet.getCell('A8').value = { error: '#REF!' };
    sheet.getCell('A9').value = Number.NaN;
    const grid = sheetToGrid(sheet);
    expect(grid.cells.slice(0, 9).map((row) => row[0])).toEqual([
      { value: 44926, numFmt: 'yyyy-mm-dd' },
      { value: '年度资金总额' },
      { value: '链接' },
      { value: '富文本' },
      { value: 36030.54, formula: 'A6*2' },
      { value: 44926.5, numFmt: 'yyyy-mm-dd hh:mm', formula: 'NOW()' },
      // A formula never computed: no result, but the formula is kept.
      { value: null, formula: 'A8' },
      { value: { error: '#REF!' } },
      { value: { error: '#NUM!' } },
    ]);
  });
});

describe('dates', () => {
  test('2022-12-31 is serial 44926 and back', () => {
    expect(exceljsDateToSerial(new Date(Date.UTC(2022, 11, 31)))).toBe(44926);
    expect(serialToExceljsDate(44926).toISOString()).toBe('2022-12-31T00:00:00.000Z');
    expect(exceljsDateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(exceljsDateToSerial(new Date(Date.UTC(2022, 11, 31, 12)))).toBe(44926.5);
  });
});

describe('files that are not readable workbooks', () => {
  test('the broken files cover every error code', () => {
    expect(new Set(corruptFiles().map((f) => f.code))).toEqual(
      new Set(['empty', 'encrypted', 'not-xlsx', 'corrupt', 'too-large']),
    );
  });

  test('a compressed workbook cut short is corrupt', async () => {
    const whole = await buildWorkbook([['年度资金总额', 623.5, 18015.27, 18015.27]]);
    for (const length of [100, Math.floor(whole.length / 2), whole.length - 10]) {
      await expect(readWorkbook(whole.subarray(0, length), 'cut.xlsx')).rejects.toMatchObject({ code: 'corrupt' });
    }
  });

  test('each gives a WorkbookError with its code and a plain message naming the file', async () => {
    for (const file of corruptFiles()) {
      const error: unknown = await readWorkbook(file.buffer, file.fileName).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WorkbookError);
      if (!(error instanceof WorkbookError)) continue;
      expect({ file: file.fileName, code: error.code }).toEqual({ file: file.fileName, code: file.code });
      expect(error.fileName).toBe(file.fileName);
      for (const text of [error.message, error.bilingual.zh, error.bilingual.en]) {
        expect(text).toContain(file.fileName);
        expect(text).not.toMatch(/\n|\bat .+:\d+:\d+|node_modules|Error:|TypeError|undefined/);
      }
      expect(error.bilingual.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(error.bilingual.en).toMatch(/^The file /);
    }
  });

  test('a zip bomb is refused before it is inflated, whether its directory tells the truth or not', async () => {
    const [honest, forged] = corruptFiles().filter((f) => f.code === 'too-large');
    expect(honest.buffer.length).toBeLessThan(200_000);
    await expect(readWorkbook(honest.buffer, honest.fileName)).rejects.toThrow(
      /约 64 MB，超过 ZiPing 的上限 20 MB[\s\S]*its sheets unzip to about 64 MB, above ZiPing's limit of 20 MB/,
    );
    await expect(readWorkbook(forged.buffer, forged.fileName)).rejects.toThrow(
      /解压后超过 ZiPing 的上限 20 MB[\s\S]*its sheets unzip to more than ZiPing's limit of 20 MB/,
    );
  });

  test('an image that unzips past 100 MB is refused too: the library unzips every part, not only the sheets', async () => {
    const image = { ...deflateRepeated(Buffer.alloc(1 << 20), 128), declaredSize: 5000 };
    const file = handmadeWorkbook({ extra: { 'xl/media/image1.png': image } });
    expect(file.length).toBeLessThan(300_000);
    await expect(readWorkbook(file, '盖章扫描件.xlsx')).rejects.toThrow(
      /“盖章扫描件\.xlsx”太大，未检查：其全部内容（含图片等）解压后超过 ZiPing 的上限 100 MB[\s\S]*images included, unzip to more than ZiPing's limit of 100 MB/,
    );
    // A real stamp image of a few MB is read with the workbook.
    const stamp = handmadeWorkbook({ extra: { 'xl/media/image1.png': deflateRepeated(Buffer.alloc(1 << 20, 7), 3) } });
    expect((await readWorkbook(stamp, 'stamp.xlsx')).map((g) => g.name)).toEqual(['数据', '末页']);
  });

  test('a directory in zip64 form (as Excel writes very large packages) reads the same', async () => {
    const plain = await readWorkbook(handmadeWorkbook(), 'plain.xlsx');
    expect(await readWorkbook(handmadeWorkbook({ zip64: true }), 'zip64.xlsx')).toEqual(plain);
    const bomb = corruptFiles().find((f) => f.fileName === 'zip-bomb.xlsx')!;
    await expect(readWorkbook(Buffer.from(bomb.buffer), 'b.xlsx')).rejects.toMatchObject({ code: 'too-large' });
  });

  test('the CFB message names both possibilities: a password and an old .xls', async () => {
    const cfb = corruptFiles().find((f) => f.code === 'encrypted');
    if (!cfb) throw new Error('no CFB file');
    await expect(readWorkbook(cfb.buffer, cfb.fileName)).rejects.toThrow(/密码[\s\S]*\.xls[\s\S]*password[\s\S]*\.xls/);
  });
});
