import type { MustNot } from './types';

/**
 * Expectations many forms share, word for word: a project form whose header is filled in, and a template without a
 * 分值 column. Each form still lists them among its own, before the checker reads it.
 */
export function projectHeaderFilled(implementerLabel: '实施单位' | '项目实施单位' = '实施单位'): MustNot {
  return {
    id: 'project-header',
    kind: 'mustNot',
    code: 'FIELD_MISSING',
    about: ['项目名称', '主管部门', '实施单位', '预算部门名称', '按收入性质分'],
    reason: `a project form with 项目名称, 主管部门 and ${implementerLabel} filled; no department name or breakdown is due`,
  };
}

export function noWeightColumn(): MustNot {
  return {
    id: 'no-weight-column',
    kind: 'mustNot',
    code: 'IND_WEIGHT_MISSING',
    atMost: 1,
    reason: 'the template has no 分值 column: one finding at most, not one per row',
  };
}
