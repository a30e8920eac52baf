import type { Finding, Lang } from '../findings';
import type { Form } from '../model';
import type { FormResult } from '../workbook';
import { changeWords, WORDS } from './words';
import { text, type Part } from './parts';

export type ParagraphRole = 'title' | 'heading' | 'body';

/** One paragraph of the report: ZiPing's (drafted, figures live) or the user's (their own words, a placeholder at first). */
export interface ReportParagraph {
  /** Stable across drafts: the key by which a redraft finds the paragraph again. */
  id: string;
  role: ParagraphRole;
  owner: 'ziping' | 'user';
  parts: Part[];
}

/**
 * References the parts use: "form:…" for a cell of Annex 1, "input:…" for the report's input block. A resolver
 * turns them into addresses and values.
 */
export const ref = {
  form: (path: string) => `form:${path}`,
  input: (key: string) => `input:${key}`,
  indicator: (i: number, field: 'name' | 'target' | 'actual' | 'weight' | 'statedScore' | 'deviation') =>
    `form:ind:${i}:${field}`,
};

const amount = (r: string): Part => ({ kind: 'amount', ref: r });
const count = (r: string): Part => ({ kind: 'count', ref: r });
const cellText = (r: string, blank: string): Part => ({ kind: 'cellText', ref: r, blank });

/**
 * Drafts Annex 2 from a checked form: the six sections of the sample report, a sentence per indicator, and
 * sections 四 and 五 started from the findings. The same paragraphs give the sheet's formulas and the text.
 */
export function draftReport(result: FormResult, lang: Lang): ReportParagraph[] {
  const w = WORDS[lang];
  const zh = lang === 'zh';
  const form = result.form;
  const out: ReportParagraph[] = [];
  const heading = (id: string, t: string, role: ParagraphRole = 'heading') =>
    out.push({ id, role, owner: 'ziping', parts: [text(t)] });
  const body = (id: string, parts: Part[]) => out.push({ id, role: 'body', owner: 'ziping', parts });
  const user = (id: string, t: string) => out.push({ id, role: 'body', owner: 'user', parts: [text(t)] });
  const reason = (key: string): Part[] => [text(w.reasonPrefix), cellText(ref.input(key), w.fill)];

  heading('title', w.title, 'title');
  heading('h1', w.h1);
  heading('h1.1', w.h11);
  user('p1.1', w.dutiesPlaceholder);
  heading('h1.2', w.h12);
  body(
    'p1.2',
    zh
      ? [
          cellText(ref.form('unit'), '本单位'),
          text('现有股室'),
          count(ref.input('sections')),
          text('个，在职人员'),
          count(ref.input('staff')),
          text('人（其中预算编制人员'),
          count(ref.input('budgetedStaff')),
          text('人），离休人员'),
          count(ref.input('retiredCadres')),
          text('人，退休人员'),
          count(ref.input('retired')),
          text('人，属'),
          cellText(ref.input('level'), w.fill),
          text('。'),
        ]
      : [
          cellText(ref.form('unit'), 'The unit'),
          text(' has '),
          count(ref.input('sections')),
          text(' sections, '),
          count(ref.input('staff')),
          text(' staff on payroll ('),
          count(ref.input('budgetedStaff')),
          text(' budgeted), '),
          count(ref.input('retiredCadres')),
          text(' retired cadres and '),
          count(ref.input('retired')),
          text(' retired staff; budget level: '),
          cellText(ref.input('level'), w.fill),
          text('.'),
        ],
  );

  heading('h2', w.h2);
  heading('h2.1', w.h21);
  const basic = ref.form('part:basic');
  body(
    'p2.1',
    zh
      ? [
          text('本年度基本支出决算'),
          amount(basic),
          text('万元，'),
          change(basic, ref.input('basicInitialBudget'), lang, 'initialBudget', false),
          ...reason('basicInitialReason'),
          text('；人员经费决算'),
          amount(ref.input('personnel')),
          text('万元，'),
          change(ref.input('personnel'), ref.input('personnelInitialBudget'), lang, 'initialBudget', false),
          ...reason('personnelReason'),
          text('。基本支出完成'),
          amount(basic),
          text('万元，'),
          change(basic, ref.input('basicPriorYear'), lang, 'priorYear', true),
          ...reason('basicPriorReason'),
          text('；公用经费完成'),
          amount(ref.input('publicFunds')),
          text('万元，'),
          change(ref.input('publicFunds'), ref.input('publicFundsPriorYear'), lang, 'priorYear', true),
          ...reason('publicFundsReason'),
          text('。'),
        ]
      : [
          text('Basic spending this year was '),
          amount(basic),
          text(' (10k yuan), '),
          change(basic, ref.input('basicInitialBudget'), lang, 'initialBudget', false),
          ...reason('basicInitialReason'),
          text('. Personnel costs were '),
          amount(ref.input('personnel')),
          text(', '),
          change(ref.input('personnel'), ref.input('personnelInitialBudget'), lang, 'initialBudget', false),
          ...reason('personnelReason'),
          text('. Against last year, basic spending of '),
          amount(basic),
          text(' is '),
          change(basic, ref.input('basicPriorYear'), lang, 'priorYear', true),
          ...reason('basicPriorReason'),
          text('; public funds of '),
          amount(ref.input('publicFunds')),
          text(' are '),
          change(ref.input('publicFunds'), ref.input('publicFundsPriorYear'), lang, 'priorYear', true),
          ...reason('publicFundsReason'),
          text('.'),
        ],
  );

  heading('h2.2', w.h22);
  const project = ref.form('part:project');
  body(
    'p2.2',
    zh
      ? [
          text('项目支出完成'),
          amount(project),
          text('万元，'),
          change(project, ref.input('projectPriorYear'), lang, 'priorYear', true),
          ...reason('projectReason'),
          text('；基本建设类项目支出'),
          amount(ref.input('capital')),
          text('万元，'),
          change(ref.input('capital'), ref.input('capitalPriorYear'), lang, 'priorYear', true),
          ...reason('capitalReason'),
          text('。'),
        ]
      : [
          text('Project spending was '),
          amount(project),
          text(' (10k yuan), '),
          change(project, ref.input('projectPriorYear'), lang, 'priorYear', true),
          ...reason('projectReason'),
          text('; capital construction projects were '),
          amount(ref.input('capital')),
          text(', '),
          change(ref.input('capital'), ref.input('capitalPriorYear'), lang, 'priorYear', true),
          ...reason('capitalReason'),
          text('.'),
        ],
  );
  body(
    'p2.2b',
    zh
      ? [
          text('本年度实际支付项目资金'),
          amount(project),
          text('万元，其中区级资金'),
          amount(ref.input('districtFunds')),
          text('万元，专项债资金'),
          amount(ref.input('specialBonds')),
          text('万元，其他上级资金'),
          amount(ref.input('higherLevelFunds')),
          text(
            '万元。资金的拨付严格执行完整的审批程序和手续，资金符合项目预算批复或合同规定的用途，不存在截留、挤占、挪用、虚列支出等情况。',
          ),
        ]
      : [
          text('Project funds paid this year: '),
          amount(project),
          text(' (10k yuan), of which district level '),
          amount(ref.input('districtFunds')),
          text(', special bonds '),
          amount(ref.input('specialBonds')),
          text(', other higher levels '),
          amount(ref.input('higherLevelFunds')),
          text(
            '. Every payment followed the full approval procedure and the use approved in the budget or contract; nothing was withheld, diverted, misappropriated or falsely reported.',
          ),
        ],
  );

  heading('h3', w.h3);
  user('p3.0', w.achievementsPlaceholder);
  body(
    'p3.budget',
    zh
      ? [
          text('全年预算数'),
          amount(ref.form('fullYearBudget')),
          text('万元，全年执行数'),
          amount(ref.form('executed')),
          text('万元，预算执行率'),
          { kind: 'percent', num: ref.form('executed'), den: ref.form('fullYearBudget'), missing: '（无法计算）' },
          text('，预算执行得分'),
          amount(ref.form('statedScore')),
          text('分（分值'),
          amount(ref.form('weight')),
          text('分）。'),
        ]
      : [
          text('Full-year budget '),
          amount(ref.form('fullYearBudget')),
          text(' (10k yuan), executed '),
          amount(ref.form('executed')),
          text(', execution rate '),
          { kind: 'percent', num: ref.form('executed'), den: ref.form('fullYearBudget'), missing: '(not computable)' },
          text(', score '),
          amount(ref.form('statedScore')),
          text(' of '),
          amount(ref.form('weight')),
          text('.'),
        ],
  );
  form.indicators.forEach((ind, i) => {
    const n = i + 1;
    const met = zh ? [text('达成年度指标')] : [text('target met')];
    const missed = zh ? [text('未完全达成年度指标')] : [text('target not fully met')];
    body(
      `p3.ind.${n}`,
      zh
        ? [
            text(`（${n}）`),
            cellText(ref.indicator(i, 'name'), '（未命名指标）'),
            text('：年度指标值'),
            cellText(ref.indicator(i, 'target'), '（未填）'),
            text('，实际完成值'),
            cellText(ref.indicator(i, 'actual'), '（未填）'),
            text('，'),
            {
              kind: 'atLeast',
              left: ref.indicator(i, 'statedScore'),
              right: ref.indicator(i, 'weight'),
              then: met,
              otherwise: missed,
            },
            text('，得分'),
            amount(ref.indicator(i, 'statedScore')),
            text('分（分值'),
            amount(ref.indicator(i, 'weight')),
            text('分）'),
            {
              kind: 'ifText',
              ref: ref.indicator(i, 'deviation'),
              then: [text('；偏差原因：'), cellText(ref.indicator(i, 'deviation'), '')],
            },
            text('。'),
          ]
        : [
            text(`(${n}) `),
            cellText(ref.indicator(i, 'name'), '(unnamed)'),
            text(': target '),
            cellText(ref.indicator(i, 'target'), '(blank)'),
            text(', actual '),
            cellText(ref.indicator(i, 'actual'), '(blank)'),
            text(', '),
            {
              kind: 'atLeast',
              left: ref.indicator(i, 'statedScore'),
              right: ref.indicator(i, 'weight'),
              then: met,
              otherwise: missed,
            },
            text(', score '),
            amount(ref.indicator(i, 'statedScore')),
            text(' of '),
            amount(ref.indicator(i, 'weight')),
            {
              kind: 'ifText',
              ref: ref.indicator(i, 'deviation'),
              then: [text('; deviation: '), cellText(ref.indicator(i, 'deviation'), '')],
            },
            text('.'),
          ],
    );
  });
  body(
    'p3.total',
    zh
      ? [text('自评总分'), amount(ref.form('total')), text('分。')]
      : [text('Self-evaluation total: '), amount(ref.form('total')), text('.')],
  );

  heading('h4', w.h4);
  const problems = problemParagraphs(result.findings, form, lang);
  problems.forEach((parts, i) => body(`p4.${i + 1}`, parts));
  user('p4.more', w.problemsMore);
  heading('h5', w.h5);
  stepParagraphs(result.findings, lang).forEach((t, i) => body(`p5.${i + 1}`, [text(t)]));
  heading('h6', w.h6);
  user('p6', w.publication);
  return out;
}

function change(
  current: string,
  base: string,
  lang: Lang,
  than: 'priorYear' | 'initialBudget',
  percent: boolean,
): Part {
  return { kind: 'change', current, base, words: changeWords(lang, than, percent), percent };
}

function names(findings: Finding[], code: Finding['code']): string[] {
  return [...new Set(findings.filter((f) => f.code === code && f.indicator).map((f) => f.indicator!))];
}

/** Section 四, from the findings: missed targets, low execution, a mid-year change, overachieved targets, scores above the rule. */
function problemParagraphs(findings: Finding[], form: Form, lang: Lang): Part[][] {
  const zh = lang === 'zh';
  const list = (xs: string[]) => (zh ? xs.map((x) => `“${x}”`).join('、') : xs.map((x) => `“${x}”`).join(', '));
  const out: Part[][] = [];
  const missed = names(findings, 'IND_NOT_MET');
  if (missed.length)
    out.push([
      text(
        zh
          ? `部分绩效指标未达到年度指标值：${list(missed)}，原因见各指标的偏差原因分析。`
          : `Some indicators missed their targets: ${list(missed)}; see each indicator’s deviation note.`,
      ),
    ]);
  if (findings.some((f) => f.code === 'BUDGET_LOW_EXECUTION')) {
    out.push(
      zh
        ? [
            text('预算执行率为'),
            { kind: 'percent', num: ref.form('executed'), den: ref.form('fullYearBudget'), missing: '（无法计算）' },
            text('，低于规定水平，部分资金未能按计划支出。'),
          ]
        : [
            text('The execution rate was '),
            {
              kind: 'percent',
              num: ref.form('executed'),
              den: ref.form('fullYearBudget'),
              missing: '(not computable)',
            },
            text(', below the required level: some funds were not spent as planned.'),
          ],
    );
  }
  if (findings.some((f) => f.code === 'BUDGET_ADJUSTED') && form.budget.initialBudget) {
    out.push(
      zh
        ? [
            text('全年预算数'),
            amount(ref.form('fullYearBudget')),
            text('万元，'),
            change(ref.form('fullYearBudget'), ref.form('initialBudget'), lang, 'initialBudget', true),
            text('，年中预算调整幅度较大，预算编制的准确性有待提高。'),
          ]
        : [
            text('The full-year budget of '),
            amount(ref.form('fullYearBudget')),
            text(' (10k yuan) is '),
            change(ref.form('fullYearBudget'), ref.form('initialBudget'), lang, 'initialBudget', true),
            text(': a large mid-year adjustment; budgeting should be more accurate.'),
          ],
    );
  }
  const over = names(findings, 'IND_OVERACHIEVED');
  if (over.length)
    out.push([
      text(
        zh
          ? `部分指标实际完成值远超年度指标值：${list(over)}，指标值设定偏低。`
          : `Some actuals far exceeded their targets: ${list(over)}; the targets were set too low.`,
      ),
    ]);
  const high = [...names(findings, 'IND_SCORE_TOO_HIGH'), ...names(findings, 'IND_SCORE_ABOVE_WEIGHT')];
  if (high.length)
    out.push([
      text(
        zh
          ? `部分指标自评得分高于按规则计算的得分：${list([...new Set(high)])}，自评打分需更加客观。`
          : `Some stated scores are above the rule: ${list([...new Set(high)])}; scoring should be more objective.`,
      ),
    ]);
  return out;
}

/** Section 五: a starting point for each kind of problem found. */
function stepParagraphs(findings: Finding[], lang: Lang): string[] {
  const zh = lang === 'zh';
  const has = (...codes: Finding['code'][]) => findings.some((f) => codes.includes(f.code));
  const out: string[] = [];
  if (has('IND_OVERACHIEVED', 'IND_NOT_MET', 'IND_COST_AS_CEILING'))
    out.push(
      zh
        ? '科学合理设定绩效目标和指标值，细化、量化绩效指标，成本指标明确上限。'
        : 'Set realistic targets, make indicators specific and measurable, and give cost indicators an explicit ceiling.',
    );
  if (has('BUDGET_LOW_EXECUTION', 'BUDGET_ADJUSTED'))
    out.push(
      zh
        ? '加强预算编制与执行管理，提高年初预算的准确性，加快预算执行进度。'
        : 'Budget more accurately at the start of the year and spend to plan.',
    );
  if (has('IND_SCORE_TOO_HIGH', 'IND_SCORE_ABOVE_WEIGHT', 'IND_SCORE_UNEXPLAINED', 'IND_REASON_MISSING'))
    out.push(
      zh
        ? '严格按照评分规则自评打分，对偏差逐项分析原因并提出改进措施。'
        : 'Score strictly by the rules, and explain every deviation with a remedy.',
    );
  out.push(
    zh
      ? '加强绩效管理知识学习，提升绩效自评质量。'
      : 'Build up performance-management skills to improve self-evaluation.',
  );
  return out;
}
