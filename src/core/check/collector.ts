import { FINDING_CODES, type Bilingual, type Finding, type FindingCode } from '../findings';
import type { UnplacedLabel } from '../model';

/** Expected and found values are what the cells say, but a 30,000-character cell is not repeated whole. */
function cap(v: string | number): string | number {
  return typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}…` : v;
}

interface Where {
  cell?: string;
  indicator?: string;
}

/** Gathers the findings of one form, each with its severity from the contract table. */
export class Collector {
  readonly findings: Finding[] = [];

  constructor(readonly sheet: string) {}

  add(code: FindingCode, where: Where, message: Bilingual, expected?: string | number, found?: string | number): void {
    const finding: Finding = { code, severity: FINDING_CODES[code].severity, sheet: this.sheet, message };
    if (where.cell) finding.cell = where.cell;
    if (where.indicator) finding.indicator = where.indicator;
    if (expected !== undefined && expected !== '') finding.expected = cap(expected);
    if (found !== undefined && found !== '') finding.found = cap(found);
    this.findings.push(finding);
  }

  /**
   * FIELD_MISSING for a column (or block) the reader could not find: one finding, naming what it expected and the
   * headers it did find there that it could not place, with their cells.
   */
  missingColumn(label: string, cell: string | undefined, unplaced: UnplacedLabel[]): void {
    const listed = unplaced.slice(0, 6);
    const zhFound = listed.map((u) => `“${u.text}”（${u.cell}）`).join('、');
    const enFound = listed.map((u) => `“${u.text}” (${u.cell})`).join(', ');
    this.add(
      'FIELD_MISSING',
      { cell },
      {
        zh: `找不到“${label}”列${cell ? `（表头 ${cell}）` : ''}${zhFound ? `；表头中未能识别的有 ${zhFound}` : ''}，该列各行不再逐一报告`,
        en: `no “${label}” column found${cell ? ` (header at ${cell})` : ''}${enFound ? `; headers not recognised there: ${enFound}` : ''}; its rows are not reported one by one`,
      },
      label,
      listed.map((u) => `${u.text}（${u.cell}）`).join('、'),
    );
  }

  /**
   * FIELD_MISSING for a field whose label was not found, naming the label that stands where it would: in the form's
   * header (a unit's or project's name), or in the form (the goal block).
   */
  missingLabel(label: string, unplaced: UnplacedLabel, where: 'header' | 'form' = 'header'): void {
    const zhWhere = where === 'header' ? '表头' : '表';
    const enWhere = where === 'header' ? 'in the header' : 'in the form';
    this.add(
      'FIELD_MISSING',
      { cell: unplaced.cell },
      {
        zh: `缺少“${label}”；${zhWhere}中未能识别的有 “${unplaced.text}”（${unplaced.cell}）`,
        en: `“${label}” is missing; not recognised ${enWhere}: “${unplaced.text}” (${unplaced.cell})`,
      },
      label,
      `${unplaced.text}（${unplaced.cell}）`,
    );
  }

  /** FIELD_MISSING for a form with no goal block, at the cell where the block would stand. */
  missingGoal(cell: string): void {
    this.add(
      'FIELD_MISSING',
      { cell },
      {
        zh: `缺少“年度总体目标”：预算表之下（${cell}）没有预期目标与实际完成情况`,
        en: `“年度总体目标” is missing: nothing under the budget block (${cell}) holds the planned and the achieved goal`,
      },
      '年度总体目标',
    );
  }

  /**
   * FIELD_MISSING for a 得分 cell left blank, the budget's or an indicator's: says whose, so that it does not read as
   * a column the form lacks.
   */
  blankScore(cell: string | undefined, indicator?: string): void {
    const at = { zh: cell ? `（${cell}）` : '', en: cell ? ` (${cell})` : '' };
    this.add(
      'FIELD_MISSING',
      { cell, indicator },
      indicator === undefined
        ? { zh: `预算执行的“得分”未填写${at.zh}`, en: `the budget execution’s “得分” is blank${at.en}` }
        : { zh: `“${indicator}”的“得分”未填写${at.zh}`, en: `the “得分” of “${indicator}” is blank${at.en}` },
      '得分',
    );
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
