import type { AmountUnit, Form } from '../model';
import { AMOUNT_PLACES } from '../report/words';
import { fixed } from '../numbers';
import { decimalsIn, isMoney, moneyIn, sameAt } from './amounts';
import type { Figure } from './figures';
import { mismatchMessage } from './messages';
import { quantityFor, type FormQuantity } from './quantities';
import { finding, quoteOf, written, type Scan } from './scan';
import type { ReportFinding } from './types';

interface Match {
  index: number;
  quantity: FormQuantity;
}

/** The figures that name a quantity the form holds: a label right before them, no change word, the right kind. */
export function matchFigures(scan: Scan, form: Form): Match[] {
  const out: Match[] = [];
  scan.figures.forEach((f, index) => {
    const ctx = scan.contexts[index];
    if (ctx.change || ctx.qualified) return;
    const quantity = quantityFor(form, ctx);
    if (!quantity) return;
    if (quantity.percent ? f.family !== 'percent' : !isMoney(f)) return;
    out.push({ index, quantity });
  });
  return out;
}

/** REPORT_FIGURE_MISMATCH for each matched figure that disagrees with the form, at the precision it was written. */
export function checkMatches(scan: Scan, form: Form, matches: Match[]): ReportFinding[] {
  const out: ReportFinding[] = [];
  for (const { index, quantity } of matches) {
    const f = scan.figures[index];
    const result = compare(f, quantity, form.amountUnit);
    if (result.ok) continue;
    const text = written(scan, f);
    out.push(
      finding(
        scan,
        'REPORT_FIGURE_MISMATCH',
        f,
        mismatchMessage(quoteOf(scan, f), text, quantity.name, result.expected),
        result.expected,
        text,
      ),
    );
  }
  return out;
}

function compare(f: Figure, q: FormQuantity, unit: AmountUnit): { ok: true } | { ok: false; expected: string } {
  if (q.percent) {
    const digits = Math.min(f.decimals, 15);
    return sameAt(f.value, q.value, digits) ? { ok: true } : { ok: false, expected: `${fixed(q.value, digits)}%` };
  }
  const digits = decimalsIn(f, unit);
  const value = moneyIn(f, unit);
  // A bare number may be in 元 or in 万元: its missing unit is the unit check's to flag, not a mismatch.
  const scales = f.unit === undefined ? [1, unit === '元' ? 1e4 : 1e-4] : [1];
  const precision = AMOUNT_PLACES[unit].max;
  const agrees = (v: number) =>
    scales.some((k) => sameAt(value * k, v, Math.min(precision, digits - Math.round(Math.log10(k)))));
  if (agrees(q.value) || (q.alternative !== undefined && agrees(q.alternative))) return { ok: true };
  return { ok: false, expected: `${fixed(q.value, precision)}${unit}` };
}
