import { glanceOf } from '../../src/addin/taskpane/glanceData';
import { parseA1 } from '../../src/core/cells';
import { gradeOf, readGrade } from '../../src/core/grade';
import { layoutAnnex1 } from '../../src/core/layout/writeAnnex1';
import { sampleForm } from '../../src/core/templates';
import { checkFormsOnSheet } from '../../src/core/workbook';

describe('the grade of a total (rules.md: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60)', () => {
  it('at and around each boundary, the total taken at 0.01', () => {
    expect([100, 90, 89.99, 80, 79.99, 60, 59.99, 0].map(gradeOf)).toEqual([
      '优',
      '优',
      '良',
      '良',
      '中',
      '中',
      '差',
      '差',
    ]);
    expect(gradeOf(89.995)).toBe('优');
  });

  it('reads a grade as forms write it', () => {
    expect(['优', '优秀', ' 良好 ', '中等', '较差', '“良”', 'A', ''].map(readGrade)).toEqual([
      '优',
      '优',
      '良',
      '中',
      '差',
      '良',
      undefined,
      undefined,
    ]);
  });
});

describe('the glance of the sample', () => {
  it('total, grade, execution rate and one bar per 一级指标 with the rows it stands on', () => {
    const result = checkFormsOnSheet(layoutAnnex1(sampleForm(), 'S').grid).results[0];
    const glance = glanceOf(result);
    // By hand from the sample (fixtures/lukou-2022.json) and rules.md: the budget fully spent earns its 10 points;
    // 资金成本 (target 623.5, actual 18015.27, a cost far over its ceiling) earns 0 of 10; every other indicator is met.
    expect(glance.total).toBe(90);
    expect(glance.grade).toBe('优');
    expect(glance.rate).toBe(1);
    expect(glance.bars.map((b) => [b.name, b.score, b.weight])).toEqual([
      ['预算执行', 10, 10],
      ['产出指标', 40, 50],
      ['效益指标', 30, 30],
      ['满意度指标', 10, 10],
    ]);
    // Each bar's range covers its rows: 产出指标 is rows 15–20 of the written form, 满意度指标 row 25.
    const rows = (range?: string) => range?.split(':').map((c) => parseA1(c)!.row + 1);
    expect(rows(glance.bars[1].range)).toEqual([15, 20]);
    expect(rows(glance.bars[3].range)?.every((r) => r === 25)).toBe(true);
    expect(rows(glance.bars[0].range)).toEqual([6, 6]);
  });
});

describe('the 自评等级 a form states under its 总分 (rules.md GRADE_WRONG)', () => {
  /** The sample as ZiPing writes it (总分 on row 26, stated 100), with a grade row typed under it. */
  const withGrade = (grade: string | null) => {
    const grid = layoutAnnex1(sampleForm(), 'S').grid;
    grid.cells[26] = [{ value: '自评等级' }, { value: grade }];
    return checkFormsOnSheet(grid).results[0];
  };

  it('is read, and agrees with a total of 100 when it says 优 (or 优秀)', () => {
    for (const grade of ['优', '优秀']) {
      const result = withGrade(grade);
      expect(result.form.statedGrade).toMatchObject({ cell: 'B27', value: grade });
      expect(result.findings.filter((f) => f.code === 'GRADE_WRONG')).toEqual([]);
    }
  });

  it('is an error on its cell when it disagrees with the total, or is blank', () => {
    const wrong = withGrade('良').findings.filter((f) => f.code === 'GRADE_WRONG');
    expect(wrong.map((f) => [f.cell, f.severity, f.expected, f.found])).toEqual([['B27', 'error', '优', '良']]);
    expect(wrong[0].message.zh).toBe('自评等级“良”与总分 100.00 不符：应为“优”');
    const blank = withGrade(null).findings.filter((f) => f.code === 'GRADE_WRONG');
    expect(blank.map((f) => f.message.zh)).toEqual(['自评等级未填写：总分 100.00 应为“优”']);
  });
});
