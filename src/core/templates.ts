import type { FormData, IndicatorData } from './formData';
import sample from '../../fixtures/lukou-2022.json';

const STRUCTURE: [string, number, string[]][] = [
  ['产出指标', 50, ['数量指标', '质量指标', '时效指标', '成本指标']],
  ['效益指标', 30, ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']],
  ['满意度指标', 10, ['服务对象满意度指标']],
];

function blankIndicators(): IndicatorData[] {
  return STRUCTURE.flatMap(([level1, level1Weight, level2s]) =>
    level2s.map((level2) => ({
      level1,
      level1Weight,
      level2,
      name: '',
      target: null,
      actual: null,
      weight: null,
      statedScore: null,
      deviation: null,
    })),
  );
}

/** An empty 部门整体支出绩效自评表: the official indicator tree with one row per level-2 group. */
export function emptyDepartmentForm(year: number): FormData {
  return {
    form: 'department',
    year,
    unit: '',
    budget: { initialBudget: null, fullYearBudget: null, executed: null, weight: 10, byIncome: {}, byExpenditure: {} },
    overallGoal: { planned: null, achieved: null },
    indicators: blankIndicators(),
  };
}

/** An empty 项目支出绩效自评表. */
export function emptyProjectForm(year: number): FormData {
  return { ...emptyDepartmentForm(year), form: 'project', projectName: '', department: '', implementer: '' };
}

/** The real 2022 form of 株洲市渌口区住房保障服务中心, as typed by the unit. */
export function sampleForm(): FormData {
  return JSON.parse(JSON.stringify(sample)) as FormData;
}
