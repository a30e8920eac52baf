import { promises as fs } from 'node:fs';
import { layoutAnnex2 } from '../../src/core/layout/writeAnnex2';
import type { InputValues } from '../../src/core/report/inputs';
import { checkWorkbook } from '../../src/core/workbook';
import { readWorkbook } from '../../src/hosts/xlsx';
import { xlsxPath } from '../corpus/build';
import { corpus } from '../corpus/forms';

async function layout(id: string, lang: 'zh' | 'en', inputs: InputValues = {}) {
  const form = corpus.find((f) => f.id === id)!;
  const [result] = checkWorkbook(await readWorkbook(await fs.readFile(xlsxPath(form)), `${id}.xlsx`));
  return layoutAnnex2(result, result.form.sheet, inputs, lang);
}

const basicSpending = async (id: string, lang: 'zh' | 'en', inputs?: InputValues) => {
  const plan = await layout(id, lang, inputs);
  return { plan, text: plan.paragraphs.find((p) => p.id === 'p2.1')!.text };
};

/** The input block's value cell of a field, as the sheet holds it. */
function inputCell(plan: Awaited<ReturnType<typeof layout>>, key: string) {
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(plan.inputs[key])!;
  return plan.grid.cells[Number(row) - 1]?.[col.charCodeAt(0) - 65];
}

describe('基本支出年初预算数 from the form (the input block asks only what Annex 1 lacks)', () => {
  // 宁德市地震局's budget block states 基本支出: 年初 100.54, 拨付 158.45.
  it('takes the form’s 年初预算数 where its 基本支出 row states one, in zh and en', async () => {
    const zh = await basicSpending('fj-ningde-dzj-2020', 'zh');
    expect(zh.text).toContain('本年度基本支出决算158.45万元，比年初预算数增加57.91万元，变化的主要原因是【请填写：');
    expect(zh.text).not.toContain('基本支出年初预算数');
    const en = await basicSpending('fj-ningde-dzj-2020', 'en');
    expect(en.text).toContain(
      'Basic spending this year was 158.45 (10,000 yuan), up 57.91 (10,000 yuan) on the initial budget',
    );
    expect(en.text).not.toContain('initial budget of basic spending');
  });

  it('shows the figure in the input block, as a formula to the form’s cell, so that the report follows the form', async () => {
    const { plan } = await basicSpending('fj-ningde-dzj-2020', 'zh');
    expect(inputCell(plan, 'basicInitialBudget')).toMatchObject({
      value: 100.54,
      formula: `IF(ISNUMBER('部门整体支出绩效自评表'!C8),'部门整体支出绩效自评表'!C8,"")`,
    });
    // The paragraph reads the input's cell: what the user types there is what it says.
    expect(plan.paragraphs.find((p) => p.id === 'p2.1')!.formula).toContain(
      `$${plan.inputs.basicInitialBudget.replace(/(\d+)$/, '$$$1')}`,
    );
    // Figures the form does not hold stay blank, to be filled in; the block's heading says which is which.
    expect(inputCell(plan, 'basicPriorYear')?.value).toBeNull();
    const heading = plan.grid.cells.flat().find((c) => typeof c?.value === 'string' && c.value.startsWith('报告数据'));
    expect(heading?.value).toBe('报告数据（自评表中没有的请填写；取自自评表的已填入，可改）');
  });

  it('still asks where the 基本支出 row has no 年初预算数 (one amount, which is what was spent)', async () => {
    // 衡山县官塘镇's form: 基本支出 900.47, one figure, no budget columns.
    const { plan, text } = await basicSpending('hn-hengshan-guantang-2023', 'zh');
    expect(text).toContain('比年初预算数【请填写：基本支出年初预算数】');
    expect(inputCell(plan, 'basicInitialBudget')).toMatchObject({ value: null });
    expect(inputCell(plan, 'basicInitialBudget')?.formula).toBeUndefined();
  });

  it('takes what the user typed over the form’s figure', async () => {
    const { plan, text } = await basicSpending('fj-ningde-dzj-2020', 'zh', { basicInitialBudget: 120 });
    expect(text).toContain('本年度基本支出决算158.45万元，比年初预算数增加38.45万元');
    expect(inputCell(plan, 'basicInitialBudget')?.value).toBe(120);
    expect(inputCell(plan, 'basicInitialBudget')?.formula).toBeUndefined();
  });
});
