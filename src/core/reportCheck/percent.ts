import { fixed } from '../numbers';
import { roundExcel } from '../round';
import { sameAt } from './amounts';
import type { Figure } from './figures';
import { percentMessage } from './messages';
import { finding, quoteOf, written, type Scan } from './scan';
import type { ReportFinding } from './types';

/**
 * Whether a stated percentage is one the rounded figures allow: from 275.60 and 15998.28 (each ± half its last
 * digit) anything from 5804.78% to 5805.00% may be right, since the writer may have divided the figures before
 * rounding them.
 */
function withinRounding(
  stated: number,
  digits: number,
  delta: number,
  deltaDecimals: number,
  deltaScale: number,
  base: number,
  baseDecimals: number,
): boolean {
  const halfDelta = 0.5 * 10 ** -Math.max(0, deltaDecimals) * deltaScale;
  const halfBase = 0.5 * 10 ** -Math.max(0, baseDecimals);
  if (!(base - halfBase > 0)) return false;
  const lowest = ((delta - halfDelta) / (base + halfBase)) * 100;
  const highest = ((delta + halfDelta) / (base - halfBase)) * 100;
  return stated >= roundExcel(lowest, digits) && stated <= roundExcel(highest, digits);
}

/**
 * REPORT_PERCENT_WRONG: "A万元，比上年增加D万元，增加P%" — P must be D ÷ (A − D) (A + D for a decrease), at the
 * decimals P was written with. A, D and P stand in one sentence, in that order; D is the change nearest before
 * P, A the nearest figure before D that is not a change, of the same kind.
 */
export function checkPercents(scan: Scan): ReportFinding[] {
  const out: ReportFinding[] = [];
  const { figures, contexts } = scan;
  const counted = (f: Figure) => f.family !== undefined && f.family !== 'percent' && f.family !== 'points';
  for (let p = 0; p < figures.length; p++) {
    const pct = figures[p];
    const dir = contexts[p].change;
    if (pct.family !== 'percent' || (dir !== 'up' && dir !== 'down')) continue;
    let d = p - 1;
    while (d >= 0 && figures[d].sentence === pct.sentence && figures[d].family === 'percent') d--;
    if (d < 0 || figures[d].sentence !== pct.sentence || !counted(figures[d])) continue;
    const changeDir = contexts[d].change;
    if (changeDir !== 'up' && changeDir !== 'down') continue;
    const change = figures[d];
    let a = d - 1;
    while (
      a >= 0 &&
      figures[a].sentence === pct.sentence &&
      (contexts[a].change || figures[a].family !== change.family)
    )
      a--;
    if (a < 0 || figures[a].sentence !== pct.sentence) continue;
    const current = figures[a];
    // In the current figure's unit, rounded at the decimals written, so that float noise does not move the base.
    const delta = (change.value * change.factor) / current.factor;
    const decimals = Math.max(
      current.decimals,
      change.decimals - Math.round(Math.log10(change.factor / current.factor)),
    );
    const base = roundExcel(
      changeDir === 'up' ? current.value - delta : current.value + delta,
      Math.max(0, Math.min(15, decimals)),
    );
    if (!(base > 0) || !Number.isFinite(base)) continue;
    const computed = (delta / base) * 100;
    const digits = Math.min(pct.decimals, 15);
    if (sameAt(computed, pct.value, digits)) continue;
    if (withinRounding(pct.value, digits, delta, change.decimals, change.factor / current.factor, base, decimals))
      continue;
    const expected = `${fixed(computed, digits)}%`;
    const baseText = `${fixed(base, Math.max(0, decimals))}${current.unit ?? ''}`;
    const message = percentMessage(quoteOf(scan, pct), written(scan, pct), written(scan, change), baseText, expected);
    out.push(finding(scan, 'REPORT_PERCENT_WRONG', pct, message, expected, written(scan, pct)));
  }
  return out;
}
