import data from '../../fixtures/lukou-2022.json';

/** The sample form (fixtures/lukou-2022.json), the figures every layout in ./layouts lays out. */
export interface LukouIndicator {
  level1: string;
  level1Weight: number;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: number;
  statedScore: number;
  deviation: string;
}

export interface LukouForm {
  year: number;
  unit: string;
  budget: {
    initialBudget: number;
    fullYearBudget: number;
    executed: number;
    weight: number;
    statedExecutionRate: string;
    statedScore: number;
    byIncome: {
      generalPublicBudget: number;
      governmentFund: number;
      specialAccountNonTax: number | null;
      other: number;
    };
    byExpenditure: { basic: number; project: number };
  };
  overallGoal: { planned: string; achieved: string };
  indicators: LukouIndicator[];
  statedTotal: number;
}

export const lukou: LukouForm = data;

/** The amounts in 元, written out rather than multiplied so that no float noise creeps in (18015.27 × 10000). */
export const lukouYuan = {
  initialBudget: 6_235_000,
  fullYearBudget: 180_152_700,
  executed: 180_152_700,
  generalPublicBudget: 29_677_600,
  governmentFund: 148_000_000,
  other: 2_475_100,
  basic: 9_399_300,
  project: 170_753_400,
} as const;

/** Level-1 labels as the original form writes them (half-width parentheses in one, a trailing full-width space in another). */
export const wordLevel1Labels: Record<string, string> = {
  产出指标: '产出指标\n(50分)',
  效益指标: '效益指标\n（30分）　',
  满意度指标: '满意度指标\n（10分）',
};

/** Consecutive indicators sharing a key, as [first index, count] runs: the rows a merged label spans. */
export function runs(indicators: LukouIndicator[], key: (i: LukouIndicator) => string): [number, number][] {
  const out: [number, number][] = [];
  indicators.forEach((indicator, i) => {
    const last = out[out.length - 1];
    if (last && key(indicators[last[0]]) === key(indicator)) last[1]++;
    else out.push([i, 1]);
  });
  return out;
}
