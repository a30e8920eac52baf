import { SEVERITY, type Bilingual, type Finding, type FindingCode } from '../findings';

export interface Where {
  cell?: string;
  indicator?: string;
}

/** Gathers the findings of one form, each with its severity from the contract table. */
export class Collector {
  readonly findings: Finding[] = [];

  constructor(readonly sheet: string) {}

  add(code: FindingCode, where: Where, message: Bilingual, expected?: string | number, found?: string | number): void {
    const finding: Finding = { code, severity: SEVERITY[code], sheet: this.sheet, message };
    if (where.cell) finding.cell = where.cell;
    if (where.indicator) finding.indicator = where.indicator;
    if (expected !== undefined && expected !== '') finding.expected = expected;
    if (found !== undefined && found !== '') finding.found = found;
    this.findings.push(finding);
  }

  /** FIELD_MISSING for a value the form needs; names the label looked for. */
  missing(label: string, cell: string | undefined, indicator?: string): void {
    this.add(
      'FIELD_MISSING',
      { cell, indicator },
      { zh: `缺少“${label}”${cell ? `（${cell}）` : ''}`, en: `“${label}” is missing${cell ? ` (${cell})` : ''}` },
      label,
    );
  }
}
