import type { Bilingual } from './findings';
import type { FormKind } from './model';
import { parseReportOutlines, type Outline } from './report/outline';

/** The rule profile of rules.md: where provinces differ, an option; the defaults are the national rule. */
export interface RuleProfile {
  /** How a missed lower-is-better indicator loses weight. */
  reverseFormula: 'linear' | 'ratio';
  /** A higher-is-better actual at or above this multiple of its target is flagged. */
  overachievement: number;
  /** An execution rate below this must be explained. */
  lowExecutionRate: number;
  /** A full-year budget that differs from the initial one by more than this share must be explained. */
  budgetAdjustmentShare: number;
  /** Cap the execution score at the weight when more than the budget was spent. */
  capExecutionScore: boolean;
  /** Default level-1 weights, by the level-1 name without "指标" (产出, 效益, 满意度, 成本) and 预算执行. */
  level1Weights: Record<string, number>;
  /**
   * A province's or bureau's own report outlines (headings, their order, which sentences go under each), by kind
   * of form; the built-in outline where absent.
   */
  reportOutlines?: Partial<Record<FormKind, Outline>>;
}

export const DEFAULT_PROFILE: Readonly<RuleProfile> = Object.freeze({
  reverseFormula: 'linear',
  overachievement: 1.2,
  lowExecutionRate: 0.9,
  budgetAdjustmentShare: 0.1,
  capExecutionScore: true,
  level1Weights: Object.freeze({ 产出: 50, 效益: 30, 满意度: 10, 预算执行: 10 }) as Record<string, number>,
});

/** The range each share option may take (as fractions: 1.2 is 120%), checked wherever a profile is read. */
export const SHARE_BOUNDS = {
  overachievement: [1, 100],
  lowExecutionRate: [0, 1],
  budgetAdjustmentShare: [0, 10],
} as const satisfies Record<string, readonly [number, number]>;

export type ShareOption = keyof typeof SHARE_BOUNDS;

interface ProfileResult {
  profile: RuleProfile;
  /** What was ignored and why; the profile falls back to the defaults for those options. */
  problems: Bilingual[];
}

/**
 * Reads a profile from untrusted JSON (a --profile file, the workbook's stored settings): every option that is
 * missing or invalid falls back to its default and is reported, nothing throws.
 */
export function parseProfile(input: unknown): ProfileResult {
  const problems: Bilingual[] = [];
  const profile: RuleProfile = { ...DEFAULT_PROFILE, level1Weights: { ...DEFAULT_PROFILE.level1Weights } };
  if (input === undefined || input === null) return { profile, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push({
      zh: '规则方案应为 JSON 对象，已使用默认方案',
      en: 'the rule profile must be a JSON object; the defaults are used',
    });
    return { profile, problems };
  }
  const raw = input as Record<string, unknown>;
  const bad = (key: string, expected: Bilingual) =>
    problems.push({
      zh: `规则方案的 ${key} 无效（应为${expected.zh}），已使用默认值`,
      en: `rule profile option ${key} is invalid (expected ${expected.en}); the default is used`,
    });
  const share = (key: ShareOption) => {
    if (!(key in raw)) return;
    const [min, max] = SHARE_BOUNDS[key];
    const v = raw[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) profile[key] = v;
    else bad(key, { zh: `${min} 到 ${max} 之间的数`, en: `a number from ${min} to ${max}` });
  };
  if ('reverseFormula' in raw) {
    if (raw.reverseFormula === 'linear' || raw.reverseFormula === 'ratio') profile.reverseFormula = raw.reverseFormula;
    else bad('reverseFormula', { zh: ' linear 或 ratio', en: 'linear or ratio' });
  }
  share('overachievement');
  share('lowExecutionRate');
  share('budgetAdjustmentShare');
  if ('capExecutionScore' in raw) {
    if (typeof raw.capExecutionScore === 'boolean') profile.capExecutionScore = raw.capExecutionScore;
    else bad('capExecutionScore', { zh: ' true 或 false', en: 'true or false' });
  }
  if ('level1Weights' in raw) {
    const w = raw.level1Weights;
    if (typeof w === 'object' && w !== null && !Array.isArray(w)) {
      for (const [name, value] of Object.entries(w as Record<string, unknown>)) {
        const key = level1Key(name);
        if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100)
          profile.level1Weights[key] = value;
        else bad(`level1Weights.${name}`, { zh: ' 0 到 100 之间的数', en: 'a number from 0 to 100' });
      }
    } else bad('level1Weights', { zh: '对象，如 {"产出": 50}', en: 'an object such as {"产出": 50}' });
  }
  if ('reportOutlines' in raw) {
    const { outlines, problems: outlineProblems } = parseReportOutlines(raw.reportOutlines);
    if (Object.keys(outlines).length > 0) profile.reportOutlines = outlines;
    problems.push(...outlineProblems);
  }
  for (const key of Object.keys(raw)) {
    if (!(key in DEFAULT_PROFILE) && key !== '$comment' && key !== 'reportOutlines') {
      problems.push({ zh: `规则方案中未知的选项 ${key} 已忽略`, en: `unknown rule profile option ${key} ignored` });
    }
  }
  return { profile, problems };
}

/** "产出指标", "产出指标（50分）", "产出" → "产出"; the key of level1Weights. */
export function level1Key(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\(.*?\)/g, '')
    .replace(/指标$/, '')
    .trim();
}
