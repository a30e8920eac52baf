/** Where one finding code stands in the contract, and what the pane and the findings sheet say about it. */
interface CodeEntry {
  severity: Severity;
  /** When the code is raised, in the words of the table in docs/spec/rules.md (or of docs/spec/annex2.md). */
  when: string;
  /** The rule that produced it. */
  rule: Bilingual;
  /** What would fix it. */
  fix: Bilingual;
}

/**
 * The finding codes of rules.md and annex2.md, in one table. They are a contract: tests, the pane, the CLI's JSON
 * all use them; tests/core/codeTable.test.ts holds the spec's tables to this one.
 */
export const FINDING_CODES = {
  FORM_NOT_FOUND: {
    severity: 'error',
    when: 'no Annex 1 form can be found in the sheet',
    rule: {
      zh: '自评表由“年度资金总额”行和含“三级指标”的表头识别。',
      en: 'A form is found by its 年度资金总额 row and an indicator header with 三级指标.',
    },
    fix: {
      zh: '在此表插入自评表，或检查表头文字是否与附件1一致。',
      en: 'Insert a form here, or make the headers read as in Annex 1.',
    },
  },
  FIELD_MISSING: {
    severity: 'error',
    when: 'a label or value the form needs is absent (names which)',
    rule: {
      zh: '自评表的每个必填项都要有值；找不到的列或栏目只报一次，并指出找到的是什么。',
      en: 'Every required item of the form needs a value; a column or block not found is reported once, with what was found instead.',
    },
    fix: {
      zh: '在所指单元格填写该项；若是表头，改为附件1的文字。',
      en: 'Fill in the item in the cell named; for a header, use the wording of Annex 1.',
    },
  },
  BUDGET_MISSING: {
    severity: 'error',
    when: '全年预算数 blank or 0',
    rule: {
      zh: '执行率 = 全年执行数 ÷ 全年预算数，全年预算数不能为空或 0。',
      en: 'Execution rate = executed ÷ full-year budget; the budget cannot be blank or 0.',
    },
    fix: { zh: '填写全年（调整后）预算数。', en: 'Enter the full-year (adjusted) budget.' },
  },
  BUDGET_TOTAL_EMPTY: {
    severity: 'error',
    when: '年度资金总额 is 0 or blank while its breakdown rows hold money',
    rule: { zh: '年度资金总额是各分项之和。', en: 'The budget total is the sum of its parts.' },
    fix: {
      zh: '在年度资金总额行填写全年预算数和全年执行数。',
      en: 'Enter the full-year budget and the executed amount on the budget total row.',
    },
  },
  BUDGET_OVERSPENT: {
    severity: 'error',
    when: '全年执行数 > 全年预算数',
    rule: { zh: '全年执行数不应超过全年预算数。', en: 'Spending should not exceed the full-year budget.' },
    fix: {
      zh: '核对执行数；确有超支须在报告中说明。',
      en: 'Check the executed amount; real overspending must be explained in the report.',
    },
  },
  BUDGET_INCOME_SUM: {
    severity: 'error',
    when: "the 按收入性质分 parts don't add up to 年度资金总额",
    rule: {
      zh: '按收入性质分的各项之和应等于年度资金总额（全年预算数或全年执行数）。',
      en: 'The parts by income must add up to the budget total (budget or executed).',
    },
    fix: { zh: '核对各收入分项金额。', en: 'Check the amounts of the income parts.' },
  },
  BUDGET_SPENDING_SUM: {
    severity: 'error',
    when: "the 按支出性质分 parts (or, on the project form, 当年财政拨款 + 上年结转 + 其他) don't add up",
    rule: {
      zh: '按支出性质分（或资金来源）的各项之和应等于年度资金总额。',
      en: 'The parts by spending (or funding) must add up to the budget total.',
    },
    fix: {
      zh: '核对基本支出、项目支出（或各资金来源）的金额。',
      en: 'Check the amounts of the spending or funding parts.',
    },
  },
  BUDGET_RATE_WRONG: {
    severity: 'error',
    when: 'the stated 执行率 differs from the computed one',
    rule: {
      zh: '执行率 = 全年执行数 ÷ 全年预算数，按所填精度比较。',
      en: 'Execution rate = executed ÷ full-year budget, compared at the precision written.',
    },
    fix: { zh: '改为计算值，或使用公式。', en: 'Enter the computed rate, or use a formula.' },
  },
  BUDGET_SCORE_TOO_HIGH: {
    severity: 'error',
    when: 'the stated 得分 is above the rule score',
    rule: {
      zh: '预算执行得分 = 执行率 × 分值，不低于 0；规则方案默认不超过分值。',
      en: 'Budget score = rate × weight, never below 0 and, by default (rule profile), never above the weight.',
    },
    fix: { zh: '按执行率计算得分。', en: 'Score by the execution rate.' },
  },
  BUDGET_SCORE_LOW: {
    severity: 'warning',
    when: 'the stated 得分 is below the rule score',
    rule: {
      zh: '预算执行得分 = 执行率 × 分值，不低于 0；规则方案默认不超过分值。',
      en: 'Budget score = rate × weight, never below 0 and, by default (rule profile), never above the weight.',
    },
    fix: { zh: '按执行率计算得分，或说明扣分原因。', en: 'Score by the execution rate, or explain the deduction.' },
  },
  BUDGET_LOW_EXECUTION: {
    severity: 'warning',
    when: 'rate below `lowExecutionRate` (default 90%): the report must explain it',
    rule: {
      zh: '执行率低于规则方案的下限（默认 90%）须说明原因。',
      en: 'A rate below the profile threshold (90% by default) must be explained.',
    },
    fix: { zh: '在自评报告“存在的问题及原因分析”中说明。', en: 'Explain it in the report, section 四.' },
  },
  BUDGET_SINGLE_COLUMN: {
    severity: 'info',
    when: 'the budget block has one budget column (年初预算数(A) with no 全年预算数, or a bare 预算数): it stands for 全年预算数, and the finding names it',
    rule: {
      zh: '执行率 = 全年执行数 ÷ 全年预算数；表中只有一个预算数列时，以该列代替全年预算数。',
      en: 'Execution rate = executed ÷ full-year budget; a form with one budget column has that column stand for it.',
    },
    fix: {
      zh: '如年中调整过预算，请增加“全年预算数”列并填写调整后的预算数。',
      en: 'If the budget changed during the year, add a 全年预算数 column with the adjusted budget.',
    },
  },
  BUDGET_ADJUSTED: {
    severity: 'info',
    when: '全年预算数 differs from 年初预算数 by more than `budgetAdjustmentShare` (default 10%): the report must explain the adjustment',
    rule: {
      zh: '全年预算数与年初预算数相差超过规则方案的比例（默认 10%）须说明调整原因。',
      en: 'A full-year budget differing from the initial one by more than the profile share (10%) must be explained.',
    },
    fix: { zh: '在自评报告中说明预算追加或调减的原因。', en: 'Explain the adjustment in the report.' },
  },
  IND_TARGET_MISSING: {
    severity: 'error',
    when: '年度指标值 blank or a placeholder',
    rule: { zh: '每个三级指标都要有年度指标值。', en: 'Every indicator needs a target.' },
    fix: {
      zh: '填写年度指标值，如 ≥18个、100%、2022年12月31日前、是。',
      en: 'Enter the target, e.g. ≥18个, 100%, 2022年12月31日前, 是.',
    },
  },
  IND_ACTUAL_MISSING: {
    severity: 'error',
    when: '实际完成值 blank or a placeholder',
    rule: { zh: '每个三级指标都要有实际完成值。', en: 'Every indicator needs an actual.' },
    fix: { zh: '填写实际完成值。', en: 'Enter the actual.' },
  },
  IND_WEIGHT_MISSING: {
    severity: 'error',
    when: '分值 blank or not a number',
    rule: { zh: '每个三级指标都要有分值。', en: 'Every indicator needs a weight.' },
    fix: { zh: '填写分值（数字）。', en: 'Enter the weight as a number.' },
  },
  IND_UNREADABLE: {
    severity: 'warning',
    when: 'a value that is no quantity, date or known label (names the text)',
    rule: {
      zh: '值须为数量（比较符、数字、单位）、日期或定性评价。',
      en: 'A value must be a quantity (comparison, number, unit), a date or a qualitative label.',
    },
    fix: {
      zh: '改写为如 ≥18个、96%、2022-12-31 或“达成年度指标”。',
      en: 'Rewrite it like ≥18个, 96%, 2022-12-31 or 达成年度指标.',
    },
  },
  IND_UNIT_MISMATCH: {
    severity: 'warning',
    when: "target and actual units that don't convert",
    rule: {
      zh: '指标值与实际值的单位须可换算（元/万元/亿元、平方米/万平方米、%/百分比）。',
      en: 'Target and actual units must convert (元/万元/亿元, 平方米/万平方米, %/百分比).',
    },
    fix: { zh: '统一单位。', en: 'Use one unit.' },
  },
  IND_NOT_MET: {
    severity: 'warning',
    when: 'the actual misses the target',
    rule: {
      zh: '未达到指标值的定量指标按完成比例得分；反向指标按超出比例扣分。',
      en: 'A missed quantitative indicator scores its share; a lower-is-better one loses weight as it overshoots.',
    },
    fix: {
      zh: '在偏差原因中说明，得分不高于规则得分。',
      en: 'Explain it in the deviation note; score no more than the rule.',
    },
  },
  IND_OVERACHIEVED: {
    severity: 'warning',
    when: 'a higher-is-better actual at or above `overachievement` × target (default 1.2): the target may have been set too low',
    rule: {
      zh: '实际值达到指标值的 120%（规则方案可调）以上，说明指标值可能设定偏低。',
      en: 'An actual at 120% (profile) of its target or more suggests a target set too low.',
    },
    fix: {
      zh: '在偏差原因中说明，并在来年合理设定指标值。',
      en: 'Explain it, and set next year’s target realistically.',
    },
  },
  IND_SCORE_ABOVE_WEIGHT: {
    severity: 'error',
    when: '得分 > 分值',
    rule: { zh: '得分不能高于分值。', en: 'A score cannot exceed its weight.' },
    fix: { zh: '改正得分。', en: 'Correct the score.' },
  },
  IND_SCORE_TOO_HIGH: {
    severity: 'error',
    when: 'the stated 得分 is above the rule score, or above its qualitative band; or, where the form also states a 得分系数, the higher of 指标得分 and 指标权重 × 得分系数 (at its cell)',
    rule: {
      zh: '填报得分不得高于规则得分或定性档次的上限（达成 80–100%，部分达成 60–80%，未达成 0–60%）；填有得分系数的，指标得分应等于指标权重 × 得分系数。',
      en: 'A stated score may not exceed the rule score or its band (met 80–100%, partly 60–80%, not met 0–60%); where a score share (得分系数) is stated, the score is the weight × the share.',
    },
    fix: {
      zh: '在面板中恢复规则得分，或改为档次内的得分。',
      en: 'Take the rule score back in the pane, or score within the band.',
    },
  },
  IND_SCORE_UNEXPLAINED: {
    severity: 'warning',
    when: 'a target met, the stated 得分 below the rule score, and no 偏差原因',
    rule: { zh: '达到指标值却低于规则得分，须说明原因。', en: 'A met target scored below the rule must be explained.' },
    fix: { zh: '填写偏差原因，或恢复规则得分。', en: 'Write a deviation note, or take the rule score back.' },
  },
  IND_REASON_MISSING: {
    severity: 'warning',
    when: 'target missed, overachieved, or 得分 < 分值, and the 偏差原因 is blank or a placeholder (`无`, `/`, `0`, `-`)',
    rule: {
      zh: '未达标、大幅超标或得分低于分值的指标须填写偏差原因分析及改进措施。',
      en: 'A missed, far-exceeded or under-scored indicator needs a deviation note.',
    },
    fix: { zh: '填写偏差原因分析及改进措施。', en: 'Write the deviation note.' },
  },
  GRADE_WRONG: {
    severity: 'error',
    when: 'the stated 自评等级 disagrees with the total: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60',
    rule: {
      zh: '自评等级由总分决定：优 ≥ 90，良 80–90，中 60–80，差 < 60。',
      en: 'The grade follows the total: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60.',
    },
    fix: { zh: '按总分改正自评等级。', en: 'Correct the grade to match the total.' },
  },
  IND_COST_AS_CEILING: {
    severity: 'info',
    when: 'a 成本指标 target with no comparison, read as a ceiling (≤)',
    rule: {
      zh: '成本指标未写比较符号时按上限（≤）理解。',
      en: 'A cost target without a comparison is read as a ceiling (≤).',
    },
    fix: { zh: '如需其他理解，请写明比较符号。', en: 'Write the comparison if another reading is meant.' },
  },
  IND_PLACEHOLDER: {
    severity: 'warning',
    when: "template residue left in a name or value: `**`, `指标1：` with nothing after it, `……`, `XX`. A leading `★` (one to three) marks a core indicator (核心指标) in several provinces' templates: not residue, kept out of the report's prose",
    rule: {
      zh: '模板中的占位内容（**、“指标1：”后无内容、……、XX）须替换为实际内容；行首的 ★ 标记核心指标，不算占位。',
      en: 'Template residue (**, 指标1： with nothing after it, ……, XX) must be replaced; a leading ★ marks a core indicator.',
    },
    fix: { zh: '填写实际内容或删除该行。', en: 'Fill in the real content or delete the row.' },
  },
  WEIGHTS_LEVEL1: {
    severity: 'warning',
    when: "a level-1 weight differs from the profile's default",
    rule: {
      zh: '一级指标分值默认：产出 50、效益 30、满意度 10、预算执行 10（规则方案可调）。',
      en: 'Level-1 weights default to 产出 50, 效益 30, 满意度 10, 预算执行 10 (profile).',
    },
    fix: {
      zh: '调整分值，或在设置中修改规则方案。',
      en: 'Adjust the weights, or change the rule profile in settings.',
    },
  },
  WEIGHTS_SUM: {
    severity: 'error',
    when: "level-3 weights don't add up to their level-1 weight, or all weights don't add up to 100",
    rule: {
      zh: '三级指标分值之和等于一级指标分值，全部分值合计 100。',
      en: 'Level-3 weights add up to their level 1; all weights add up to 100.',
    },
    fix: { zh: '调整分值。', en: 'Adjust the weights.' },
  },
  TOTAL_WRONG: {
    severity: 'error',
    when: 'the stated 总分 is not the sum of the stated scores',
    rule: {
      zh: '总分等于预算执行得分与各指标得分之和。',
      en: 'The total is the budget score plus every indicator score.',
    },
    fix: { zh: '改正总分，或使用求和公式。', en: 'Correct the total, or use a SUM formula.' },
  },
  ROUNDING_DIFFERENCE: {
    severity: 'warning',
    when: "a stated 执行率 or budget 得分 one unit of its last shown digit outside what the inputs allow, or an indicator's 得分 0.01 above its rule score (尾差); further off is `BUDGET_RATE_WRONG`, `BUDGET_SCORE_TOO_HIGH`, `BUDGET_SCORE_LOW` or `IND_SCORE_TOO_HIGH` (a qualitative band's top is exact)",
    rule: {
      zh: '所填的比率或得分与精确计算值在末位相差一个单位（尾差），通常是四舍五入所致。',
      en: 'The stated rate or score is one unit of its last digit off the exact figure (尾差), usually from rounding.',
    },
    fix: {
      zh: '按 ROUND 重新计算后填写，或保持不变并在报告中说明。',
      en: 'Recompute it with ROUND, or leave it and explain it in the report.',
    },
  },
  FORMULA_NOT_CALCULATED: {
    severity: 'info',
    when: 'the file holds formulas saved without a result (a generator, or WPS without recalculation): ZiPing computed them; one it cannot compute stays blank and is never reported missing',
    rule: {
      zh: '公式单元格保存时应带有计算结果；没有结果的公式由 ZiPing 自行计算。',
      en: 'A formula cell is saved with its result; ZiPing computes formulas that have none.',
    },
    fix: {
      zh: '在 Excel 或 WPS 中打开文件，重新计算（F9）后保存。',
      en: 'Open the file in Excel or WPS, recalculate (F9) and save it.',
    },
  },
  GOAL_MISSING: {
    severity: 'warning',
    when: '预期目标 or 实际完成情况 blank, only a number, or the same text on both sides',
    rule: {
      zh: '年度总体目标须写明预期目标与实际完成情况，二者不能相同。',
      en: 'The overall goal needs a planned and an achieved text, not the same.',
    },
    fix: { zh: '补写目标内容。', en: 'Write both texts.' },
  },
  REPORT_FIGURE_MISMATCH: {
    severity: 'error',
    when: 'the text and the table disagree',
    rule: { zh: '报告中的数字须与自评表一致。', en: 'Figures in the report must agree with the form.' },
    fix: { zh: '改为表中的数字，或使用生成的报告。', en: 'Use the form’s figure, or the drafted report.' },
  },
  REPORT_PERCENT_WRONG: {
    severity: 'error',
    when: 'a stated change % disagrees with its own two figures',
    rule: { zh: '增减百分比 = 变化额 ÷ 上年数。', en: 'A change % = change ÷ last year’s figure.' },
    fix: { zh: '重新计算百分比。', en: 'Recompute the percentage.' },
  },
  REPORT_PARTS_SUM: {
    severity: 'warning',
    when: "parts named in one sentence don't add up to the whole they name",
    rule: { zh: '同一句中的分项之和应等于其总数。', en: 'Parts named in one sentence add up to their whole.' },
    fix: { zh: '核对各分项。', en: 'Check the parts.' },
  },
  REPORT_UNIT_MISSING: {
    severity: 'warning',
    when: 'an amount with no unit where its neighbours have one',
    rule: { zh: '金额须带单位。', en: 'Amounts carry a unit.' },
    fix: { zh: '补上单位（万元）。', en: 'Add the unit (万元).' },
  },
} as const satisfies Record<string, CodeEntry>;

export type FindingCode = keyof typeof FINDING_CODES;
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** A severity's name: for one finding (a badge, a row of the findings sheet) and for a group of them (a heading). */
export const SEVERITY_NAME: Record<Severity, { one: Bilingual; many: Bilingual }> = {
  error: { one: { zh: '错误', en: 'Error' }, many: { zh: '错误', en: 'Errors' } },
  warning: { one: { zh: '警告', en: 'Warning' }, many: { zh: '警告', en: 'Warnings' } },
  info: { one: { zh: '提示', en: 'Note' }, many: { zh: '提示', en: 'Notes' } },
};

/**
 * What each part of a finding is called wherever findings are listed: the pane, the 校验结果 sheet, help.html and
 * the reviewer's summary.
 */
export const FINDING_FIELD = {
  severity: { zh: '级别', en: 'Severity' },
  sheet: { zh: '工作表', en: 'Sheet' },
  cell: { zh: '单元格', en: 'Cell' },
  indicator: { zh: '指标', en: 'Indicator' },
  code: { zh: '代码', en: 'Code' },
  message: { zh: '问题', en: 'Finding' },
  expected: { zh: '应为', en: 'Expected' },
  found: { zh: '实为', en: 'Found' },
  rule: { zh: '规则', en: 'Rule' },
  fix: { zh: '如何改正', en: 'How to fix' },
} as const satisfies Record<string, Bilingual>;

/**
 * The form's total as the rules give it (the budget score plus every indicator's rule score), wherever it is shown
 * beside the stated one: the pane, the CLI's report and the reviewer's summary.
 */
export const RULE_TOTAL = { zh: '按规则计算总分', en: 'Total by the rules' } as const satisfies Bilingual;

/** The total as the form states it, shown beside RULE_TOTAL. */
export const STATED_TOTAL = { zh: '填报总分', en: 'Stated total' } as const satisfies Bilingual;

/** What the checks report, taken together: the pane's tab that lists them and the sheet ZiPing writes them into. */
export const FINDINGS_TITLE = { zh: '校验结果', en: 'Findings' } as const satisfies Bilingual;

/** What every list of findings says when it has none (a sentence adds its own full stop). */
export const NO_FINDINGS = { zh: '未发现问题', en: 'No findings' } as const satisfies Bilingual;

/** NO_FINDINGS as a sentence of its own: 未发现问题。 · No findings. */
export const NO_FINDINGS_SENTENCE = {
  zh: `${NO_FINDINGS.zh}。`,
  en: `${NO_FINDINGS.en}.`,
} as const satisfies Bilingual;

export interface Bilingual {
  zh: string;
  en: string;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** A1 address on the sheet (a field path for a form read from JSON). */
  cell?: string;
  /** The 三级指标 the finding concerns. */
  indicator?: string;
  message: Bilingual;
  expected?: string | number;
  found?: string | number;
}

export type Lang = keyof Bilingual;

export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity);
}

/** A finding as the CLI's JSON and the pane's list show it: one language, keys without a value left out. */
export function findingRecord(f: Finding, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = { code: f.code, severity: f.severity, sheet: f.sheet };
  if (f.cell !== undefined) out.cell = f.cell;
  if (f.indicator !== undefined) out.indicator = f.indicator;
  out.message = f.message[lang];
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.found !== undefined) out.found = f.found;
  return out;
}
