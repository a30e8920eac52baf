import { FINDING_CODES, FINDING_FIELD, SEVERITY_NAME, type Finding, type Lang } from '../core/findings';

/** The 校验结果 sheet: one row per finding, its cell as a link back. */
export function findingsTable(
  findings: Finding[],
  lang: Lang,
): { header: string[]; rows: string[][]; links: { row: number; cell: string }[]; linkColumn: number } {
  const { severity, cell, indicator, code, message, expected, found, fix } = FINDING_FIELD;
  const header = [severity, cell, indicator, code, message, expected, found, fix].map((w) => w[lang]);
  const rows = findings.map((f) => [
    SEVERITY_NAME[f.severity].one[lang],
    f.cell ?? '',
    f.indicator ?? '',
    f.code,
    f.message[lang],
    f.expected === undefined ? '' : String(f.expected),
    f.found === undefined ? '' : String(f.found),
    FINDING_CODES[f.code].fix[lang],
  ]);
  const links = findings.map((f, i) => ({ row: i + 1, cell: f.cell ?? '' })).filter((l) => l.cell !== '');
  return { header, rows, links, linkColumn: 1 };
}
