import { promises as fs } from 'node:fs';
import { layoutAnnex2 } from '../../src/core/layout/writeAnnex2';
import { checkWorkbook } from '../../src/core/workbook';
import { readWorkbook } from '../../src/hosts/xlsx';
import { xlsxPath } from '../corpus/build';
import { corpus } from '../corpus/forms';

async function draft(id: string): Promise<string[]> {
  const form = corpus.find((f) => f.id === id)!;
  const [result] = checkWorkbook(await readWorkbook(await fs.readFile(xlsxPath(form)), `${id}.xlsx`));
  return layoutAnnex2(result, result.form.sheet, {}, 'zh').paragraphs.map((p) => p.text);
}

describe('a target or actual the form holds only as a stand-in, in the drafted report', () => {
  // 银川市第六中学's 管理制度有效性 has `-` for its target, which the checker reports as IND_TARGET_MISSING.
  it('asks for a target written as a dash, as for a blank one, instead of quoting the dash', async () => {
    const lines = await draft('nx-yinchuan-6zhong-2021');
    expect(lines).toContain(
      '（4）管理制度有效性：年度指标值【请填写：管理制度有效性的年度指标值】，实际完成值“严格执行相关管理制度”，分值6分【待核实：表中得分6分，按规则尚无法计分】。',
    );
    expect(lines.join('\n')).not.toMatch(/(?:年度指标值|实际完成值)[-—/]/);
  });

  // 衡山县商务和粮食局 answers 无 for an actual and says why beside it: the unit's word stays.
  it('keeps a word the unit wrote (无)', async () => {
    expect(await draft('hn-hengshan-swlsj-2020')).toContain(
      '（2）政策性挂账利息补贴保障率：年度指标值100%，实际完成值无；偏差原因：没有轮换、动用库存。',
    );
  });
});

describe('a target or actual written with words before its figure, in the drafted report', () => {
  // 裕安区文化和旅游局 writes its deadline 完成时间为2022年12月30日: quoted as written, as a label is.
  it('quotes it, as it quotes words, and leaves a figure as such bare', async () => {
    const lines = await draft('ah-yuan-wlj-2022');
    expect(lines).toContain(
      '（7）项目设计、招标、施工：年度指标值“完成时间为2022年12月30日”，实际完成值“完成时间为2022年12月30日”，达成年度指标，得分6分（分值6分）【待核实：表中得分5分，按规则为6分】。',
    );
    expect(lines).toContain(
      '（2）修缮建筑面积：年度指标值6000平方米，实际完成值6000平方米，达成年度指标，得分7分（分值7分）。',
    );
  });
});
