import { promises as fs } from 'node:fs';
import { layoutAnnex2 } from '../../src/core/layout/writeAnnex2';
import { checkWorkbook } from '../../src/core/workbook';
import { readWorkbook } from '../../src/hosts/xlsx';
import { xlsxPath } from '../corpus/build';
import { corpus } from '../corpus/forms';

async function draft(id: string, lang: 'zh' | 'en'): Promise<string[]> {
  const form = corpus.find((f) => f.id === id)!;
  const [result] = checkWorkbook(await readWorkbook(await fs.readFile(xlsxPath(form)), `${id}.xlsx`));
  return layoutAnnex2(result, result.form.sheet, {}, lang).paragraphs.map((p) => p.text);
}

describe('资金来源 in the report of a project form', () => {
  // 保山市退役军人事务局's budget block (预算数 · 执行数) names no source of the money.
  it('asks for the sources where the form names none, instead of leaving an empty paragraph', async () => {
    const zh = await draft('yn-baoshan-tyjrswj-2022', 'zh');
    expect(zh).toContain('资金来源：【请填写：资金来源及金额】。');
    expect(zh.filter((p) => p.trim() === '')).toEqual([]);
    const en = await draft('yn-baoshan-tyjrswj-2022', 'en');
    expect(en).toContain('Funding sources: [to fill in: the sources of funds].');
    expect(en.filter((p) => p.trim() === '')).toEqual([]);
  });

  it('names the sources the form holds', async () => {
    expect(await draft('ah-yuan-wlj-2022', 'zh')).toContain('资金来源：当年财政拨款27.80万元。');
  });
});
