import { roundExcel } from './round';

/** The self-evaluation grades, best first. */
export const GRADES = ['优', '良', '中', '差'] as const;
export type Grade = (typeof GRADES)[number];

/** The lowest total of each grade (rules.md: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60). */
export const GRADE_FLOOR: Readonly<Record<Grade, number>> = { 优: 90, 良: 80, 中: 60, 差: 0 };

/** The grade a total earns, the total taken at 0.01 as every score. */
export function gradeOf(total: number): Grade {
  const t = roundExcel(total, 2);
  return GRADES.find((g) => t >= GRADE_FLOOR[g]) ?? '差';
}

/** A grade as written on a form (优, 优秀, 良好, 中等, 较差, “良”…); undefined when it names none of them. */
export function readGrade(text: string): Grade | undefined {
  const t = text.normalize('NFKC').replace(/[\s"“”'‘’「」]+/g, '');
  if (/^优秀?$/.test(t)) return '优';
  if (/^良好?$/.test(t)) return '良';
  if (/^中等?$/.test(t)) return '中';
  if (/^(较)?差$/.test(t)) return '差';
  return undefined;
}
