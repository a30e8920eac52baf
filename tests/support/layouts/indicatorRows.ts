import { lukou, runs } from '../lukou';
import type { SheetBuilder } from '../workbook';
import type { IndicatorPlace } from './types';

export interface IndicatorColumns {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: string;
  score: string;
  deviation: string;
}

/** The indicator table's header as Annex 1 lays it out, in B to I of `row`; the columns it names. */
export function standardIndicatorHeader(s: SheetBuilder, row: number): IndicatorColumns {
  s.row(`B${row}`, [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ]);
  return { level1: 'B', level2: 'C', name: 'D', target: 'E', actual: 'F', weight: 'G', score: 'H', deviation: 'I' };
}

/**
 * The lukou indicators one per row from `firstRow`, plain (numbers as number cells), level-1 labels merged down
 * their rows. Level-2 labels are merged too unless `repeatLevel2`, which writes the label on every row.
 */
export function plainIndicatorRows(
  s: SheetBuilder,
  firstRow: number,
  col: IndicatorColumns,
  options: { repeatLevel2?: boolean; level1Label?: (level1: string, weight: number) => string } = {},
): IndicatorPlace[] {
  const level1Label = options.level1Label ?? ((name: string, weight: number) => `${name}（${weight}分）`);
  const indicators: IndicatorPlace[] = lukou.indicators.map((x, i) => {
    const row = firstRow + i;
    return {
      row,
      name: x.name,
      cells: {
        level1: '',
        level2: options.repeatLevel2 ? s.set(`${col.level2}${row}`, x.level2) : '',
        name: s.set(`${col.name}${row}`, x.name),
        target: s.set(`${col.target}${row}`, x.target),
        actual: s.set(`${col.actual}${row}`, x.actual),
        weight: s.set(`${col.weight}${row}`, x.weight),
        score: s.set(`${col.score}${row}`, x.statedScore),
        deviation: s.set(`${col.deviation}${row}`, x.deviation || null),
      },
    };
  });
  for (const [start, count] of runs(lukou.indicators, (x) => x.level1)) {
    const { level1, level1Weight } = lukou.indicators[start];
    const top = s.merge(
      `${col.level1}${firstRow + start}:${col.level1}${firstRow + start + count - 1}`,
      level1Label(level1, level1Weight),
    );
    for (let k = start; k < start + count; k++) indicators[k].cells.level1 = top;
  }
  if (!options.repeatLevel2) {
    for (const [start, count] of runs(lukou.indicators, (x) => x.level1 + x.level2)) {
      const top = `${col.level2}${firstRow + start}`;
      if (count > 1) s.merge(`${top}:${col.level2}${firstRow + start + count - 1}`, lukou.indicators[start].level2);
      else s.set(top, lukou.indicators[start].level2);
      for (let k = start; k < start + count; k++) indicators[k].cells.level2 = top;
    }
  }
  return indicators;
}
