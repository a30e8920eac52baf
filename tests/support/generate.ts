import fc from 'fast-check';
import type { FormData, IndicatorData } from '../../src/core/formData';
import { roundExcel } from '../../src/core/round';

const LEVEL1 = [
  { name: '产出指标', weight: 50, level2: ['数量指标', '质量指标', '时效指标', '成本指标'] },
  { name: '效益指标', weight: 30, level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'] },
  { name: '满意度指标', weight: 10, level2: ['服务对象满意度指标'] },
];
const UNITS = ['个', '户', '人', '人次', '套', '%', '万元', '平方米', '次'];

/** Splits `total` cents into `n` non-negative parts. */
function split(totalCents: number, cuts: number[]): number[] {
  const points = [...cuts.map((c) => Math.floor(c * totalCents)), 0, totalCents].sort((a, b) => a - b);
  return points.slice(1).map((p, i) => p - points[i]);
}

type Kind = 'ge' | 'le' | 'qualitative' | 'date' | 'costCeiling';

const arbIndicator = (level1: (typeof LEVEL1)[number], weight: number, index: number): fc.Arbitrary<IndicatorData> =>
  fc
    .record({
      level2: fc.constantFrom(...level1.level2),
      kind: fc.constantFrom<Kind>('ge', 'le', 'qualitative', 'date', 'costCeiling'),
      target: fc.integer({ min: 1, max: 5000 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      unit: fc.constantFrom(...UNITS),
      style: fc.integer({ min: 0, max: 3 }),
      day: fc.integer({ min: 1, max: 31 }),
      month: fc.integer({ min: 1, max: 12 }),
    })
    .map(({ level2, kind, target, share, unit, style, day, month }) => {
      const cost = level2 === '成本指标';
      const k: Kind = cost
        ? kind === 'ge' || kind === 'qualitative' || kind === 'date'
          ? 'le'
          : kind
        : kind === 'costCeiling'
          ? 'ge'
          : kind;
      let targetText: string;
      let actualText: string;
      if (k === 'ge') {
        const actual = target + Math.floor(share * (Math.floor(target * 1.19) - target));
        targetText = [`≥${target}${unit}`, `不少于${target}${unit}`, `${target}${unit}以上`, `＞＝${target}${unit}`][
          style
        ];
        actualText = style === 3 ? `${actual}` : `${actual}${unit}`;
      } else if (k === 'le' || k === 'costCeiling') {
        const actual = Math.max(0, target - Math.floor(share * target * 0.5));
        targetText =
          k === 'costCeiling'
            ? `${target}${unit}`
            : [`≤${target}${unit}`, `不超过${target}${unit}`, `${target}${unit}以内`, `<=${target}${unit}`][style];
        actualText = `${actual}${unit}`;
      } else if (k === 'qualitative') {
        targetText = ['是', '达成年度指标', '有效', '明显改善'][style];
        actualText = ['是', '达成年度指标', '有效', '明显改善'][style];
      } else {
        const lastDay = new Date(Date.UTC(2022, month, 0)).getUTCDate();
        targetText = ['2022-12-31', '12月底前', '年底前', '2022年12月31日'][style];
        actualText = `2022年${month}月${Math.min(day, lastDay)}日`;
      }
      return {
        level1: level1.name,
        level1Weight: level1.weight,
        level2,
        name: `${level2.replace('指标', '')}${index + 1}`,
        target: targetText,
        actual: actualText,
        weight,
        statedScore: weight,
        deviation: '',
      };
    });

/** Integer weights adding up to `total`, one per indicator. */
const arbWeights = (total: number) =>
  fc.integer({ min: 1, max: Math.min(5, total) }).chain((n) =>
    fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n - 1, maxLength: n - 1 }).map((cuts) => {
      const parts = split(total - n, cuts).map((p) => p + 1);
      return parts;
    }),
  );

/** A department form consistent by construction: every figure agrees with every rule; at most info findings. */
export const arbConsistentForm: fc.Arbitrary<FormData> = fc
  .record({
    fullCents: fc.integer({ min: 100, max: 1e9 }),
    rate: fc.double({ min: 0.91, max: 1, noNaN: true }),
    incomeCuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
    spendingCut: fc.double({ min: 0, max: 1, noNaN: true }),
    weights: fc.tuple(arbWeights(50), arbWeights(30), arbWeights(10)),
  })
  .chain(({ fullCents, rate, incomeCuts, spendingCut, weights }) => {
    const indicatorArbs = LEVEL1.flatMap((level1, g) => weights[g].map((w, i) => arbIndicator(level1, w, i)));
    return fc.tuple(...indicatorArbs).map((indicators) => {
      const full = fullCents / 100;
      const executed = Math.min(full, roundExcel(full * rate, 2));
      const realRate = executed / full;
      const score = roundExcel(Math.min(realRate, 1) * 10, 2);
      const [g, f, n, o] = split(fullCents, incomeCuts).map((c) => c / 100);
      const [basic, project] = split(fullCents, [spendingCut]).map((c) => c / 100);
      const form: FormData = {
        form: 'department',
        year: 2022,
        unit: '某某单位',
        budget: {
          initialBudget: full,
          fullYearBudget: full,
          executed,
          weight: 10,
          statedExecutionRate: `${roundExcel(realRate * 100, 2).toFixed(2)}%`,
          statedScore: score,
          byIncome: { generalPublicBudget: g, governmentFund: f, specialAccountNonTax: n || null, other: o },
          byExpenditure: { basic, project },
        },
        overallGoal: { planned: '计划完成年度工作任务。', achieved: '已完成年度工作任务。' },
        indicators,
        statedTotal: roundExcel(score + 90, 2),
      };
      return form;
    });
  });

/** A deterministic form of `n` indicators for benchmarks (not necessarily consistent). */
export function benchForm(n: number, seed = 1): FormData {
  let state = seed;
  const rand = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const indicators: IndicatorData[] = [];
  for (let i = 0; i < n; i++) {
    const level1 = LEVEL1[i % 3];
    const target = 1 + Math.floor(rand() * 1000);
    const unit = UNITS[i % UNITS.length];
    const kinds = [`≥${target}${unit}`, `≤${target}${unit}`, '是', '2022-12-31', `${target}${unit}以上`];
    const t = kinds[i % kinds.length];
    const actual =
      i % 5 === 2 ? '是' : i % 5 === 3 ? '2022-11-30' : `${Math.floor(target * (0.8 + rand() * 0.5))}${unit}`;
    indicators.push({
      level1: level1.name,
      level1Weight: level1.weight,
      level2: level1.level2[i % level1.level2.length],
      name: `指标${i + 1}号`,
      target: t,
      actual,
      weight: 1,
      statedScore: 1,
      deviation: rand() < 0.5 ? '' : '受疫情影响，部分工作延后',
    });
  }
  return {
    form: 'department',
    year: 2022,
    unit: '基准测试单位',
    budget: {
      initialBudget: 1000,
      fullYearBudget: 1200,
      executed: 1100,
      weight: 10,
      statedExecutionRate: '91.67%',
      statedScore: 9.17,
      byIncome: { generalPublicBudget: 1000, governmentFund: 200, specialAccountNonTax: null, other: 0 },
      byExpenditure: { basic: 300, project: 900 },
    },
    overallGoal: { planned: '完成年度任务。', achieved: '基本完成年度任务。' },
    indicators,
    statedTotal: 100,
  };
}
