import type { Form } from '../model';
import { checkMatches, matchFigures } from './match';
import { checkParts } from './parts';
import { checkIndicatorFigures, matchIndicatorFigures } from './indicators';
import { checkPercents } from './percent';
import { scanReport, sentenceOf, written, type Scan } from './scan';
import { checkUnits } from './units';
import type { Mention, ReportCheck, ReportCheckOptions, ReportFinding } from './types';

export type { ReportCheck, ReportFinding, ReportCode } from './types';

/**
 * Checks a report the user wrote (自评报告) against the form: figures that name a quantity the form holds
 * (REPORT_FIGURE_MISMATCH), stated change percentages (REPORT_PERCENT_WRONG), parts after 其中
 * (REPORT_PARTS_SUM) and amounts missing their unit (REPORT_UNIT_MISSING). Findings come in the text's order.
 * Never throws: whatever the text, a result comes back.
 */
export function checkReport(text: string, form: Form, options: ReportCheckOptions = {}): ReportCheck {
  const sheet = options.sheet !== undefined ? { sheet: options.sheet } : {};
  try {
    return { ...checkReportUnguarded(typeof text === 'string' ? text : '', form), ...sheet };
  } catch {
    // A fault of the checker's own must not take the host down: no figures, no findings.
    return { findings: [], matched: [], unmatched: [], ...sheet };
  }
}

/** The check itself, without the safety net (the property tests call this one, so that a fault shows). */
export function checkReportUnguarded(text: string, form: Form): ReportCheck {
  const scan = scanReport(text);
  const matches = matchFigures(scan, form);
  const indicatorMatches = matchIndicatorFigures(scan, form, new Set(matches.map((m) => m.index)));
  const parts = checkParts(scan);
  const findings: ReportFinding[] = [
    ...checkMatches(scan, form, matches),
    ...checkIndicatorFigures(scan, indicatorMatches),
    ...checkPercents(scan),
    ...parts.findings,
    ...checkUnits(scan, parts.unitFlagged),
  ].sort((a, b) => a.span[0] - b.span[0] || a.code.localeCompare(b.code));
  const labelOf = new Map([
    ...matches.map((m): [number, string] => [m.index, m.quantity.name.zh]),
    ...indicatorMatches.map((m): [number, string] => [m.index, m.name]),
  ]);
  const matched: Mention[] = [];
  const unmatched: Mention[] = [];
  scan.figures.forEach((f, index) => {
    const label = labelOf.get(index);
    (label === undefined ? unmatched : matched).push(mention(scan, index, label));
  });
  return { findings, matched, unmatched };
}

function mention(scan: Scan, index: number, label: string | undefined): Mention {
  const f = scan.figures[index];
  const out: Mention = {
    text: written(scan, f),
    value: f.value,
    sentence: sentenceOf(scan, f),
    span: [f.start, f.end],
  };
  if (f.unit !== undefined) out.unit = f.unit;
  if (label !== undefined) out.label = label;
  return out;
}
