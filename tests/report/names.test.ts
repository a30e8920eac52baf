import { promises as fs } from 'node:fs';
import { layoutAnnex2 } from '../../src/core/layout/writeAnnex2';
import { checkReportUnguarded } from '../../src/core/reportCheck';
import { checkWorkbook } from '../../src/core/workbook';
import { readWorkbook } from '../../src/hosts/xlsx';
import { xlsxPath } from '../corpus/build';
import { corpus } from '../corpus/forms';

describe('an indicator whose name is written as a sentence, in the drafted report', () => {
  // 保山市退役军人事务局 names its first indicator with the list of people visited, ending in a full stop.
  it('drops the name’s full stop before the colon: no 。：', async () => {
    const form = corpus.find((f) => f.id === 'yn-baoshan-tyjrswj-2022')!;
    const [result] = checkWorkbook(await readWorkbook(await fs.readFile(xlsxPath(form)), `${form.id}.xlsx`));
    const paragraphs = layoutAnnex2(result, result.form.sheet, {}, 'zh').paragraphs.map((p) => p.text);
    expect(paragraphs).toContain(
      '（1）慰问伤残军人50人;革命烈士遗属50人;因公牺牲和病故军人家属、在乡老复员军人等重点优抚对象50人;烈士家庭6户;市直企业军转干部101人;驻保部队8家;边海防官兵320人：年度指标值100%，实际完成值100%，达成年度指标。',
    );
    const text = paragraphs.join('\n');
    expect(text).not.toMatch(/[。；;.，,][：:]/);
    // The report checker still finds the indicator's figures by its name.
    expect(checkReportUnguarded(text, result.form).findings).toEqual([]);
  });
});
