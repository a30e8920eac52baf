import { fixed } from '../numbers';
import type { Figure } from './figures';
import { moneyBefore } from './figures';
import { partsMessage, unitWrongMessage } from './messages';
import { finding, quoteOf, written, writtenNumber, type Scan } from './scan';
import { clauseStart, lineStartOf, type ReportText } from './text';
import type { ReportFinding } from './types';
import { WHOLE_WORDS } from './words';

/** A near miss is a slip; a far one means the amounts after 其中 are examples, not the whole breakdown. */
const NEAR = 0.1;
/** Above this many parts only the full list and the list less one part are tried. */
const MAX_SUBSET_PARTS = 12;
const MAX_DECIMALS = 6;

interface PartsResult {
  findings: ReportFinding[];
  /** Figures already flagged for their unit (so the unit check does not flag them twice). */
  unitFlagged: Set<number>;
}

/**
 * Parts named after 其中 against the whole before it: "共收房租408.8万元，其中：…376.6万元，…13.6万元，…18.6万元".
 *
 * - The parts are the figures after 其中 up to the end of the sentence (。！？ or a line break; ；-separated clauses
 *   go on), or to the closing bracket when 其中 stands in brackets, or to the next 其中. They are of one kind,
 *   the kind of the first (money converts 元/万元/亿元; a count keeps its own unit). Changes are not parts.
 * - The whole is the nearest figure of that kind before 其中 in the same paragraph whose clause names a total
 *   (共, 共计, 合计, 支付, 完成…), else the nearest of that kind in the same sentence.
 * - The parts agree when some of them add up to the whole, at the finest decimals written: a 其中 may name things
 *   besides the breakdown (a budget line, an amount cut) and still list it in full.
 * - When none does but one part written in a smaller unit (元 among 万元, or a bare number) makes them add up in
 *   the other parts' unit, that part's unit is flagged (REPORT_UNIT_MISSING), not the sum.
 * - Otherwise, when the nearest sum comes within 10% of the whole, REPORT_PARTS_SUM on the whole, with that sum.
 */
export function checkParts(scan: Scan): PartsResult {
  const out: PartsResult = { findings: [], unitFlagged: new Set() };
  const { norm } = scan.text;
  for (let at = norm.indexOf('其中'); at >= 0; at = norm.indexOf('其中', at + 2)) checkOne(scan, at, out);
  return out;
}

interface Part {
  index: number;
  fig: Figure;
}

/** How far back an open bracket around 其中 is looked for. */
const BRACKET_REACH = 200;

function regionEnd(text: ReportText, at: number): number {
  const { norm } = text;
  const before = norm.slice(Math.max(lineStartOf(text, at), at - BRACKET_REACH), at);
  const open = (before.match(/[（(]/g)?.length ?? 0) - (before.match(/[）)]/g)?.length ?? 0);
  const stops = open > 0 ? /[。！？!?\n\r）)]/ : /[。！？!?\n\r]/;
  let i = at + 2;
  while (i < norm.length && !stops.test(norm[i]) && !norm.startsWith('其中', i)) i++;
  return i;
}

function kindOf(scan: Scan, p: Part): string | undefined {
  if (p.fig.family === 'percent' || p.fig.family === 'points') return undefined;
  if (p.fig.family) return p.fig.family;
  return p.fig.unit === undefined && moneyBefore(scan.text.norm, p.fig.start) ? 'money' : undefined;
}

function checkOne(scan: Scan, at: number, out: PartsResult): void {
  const { figures, contexts, text } = scan;
  const end = regionEnd(text, at);
  const candidates: Part[] = [];
  for (let index = firstAtOrAfter(figures, at); index < figures.length && figures[index].start < end; index++) {
    if (!contexts[index].change) candidates.push({ index, fig: figures[index] });
  }
  const firstKind = candidates.map((p) => kindOf(scan, p)).find((k) => k !== undefined);
  if (!firstKind) return;
  const parts = candidates.filter((p) => kindOf(scan, p) === firstKind);
  if (parts.length < 2) return;
  const whole = wholeBefore(scan, at, firstKind);
  if (!whole) return;

  const wholeFactor = whole.fig.factor;
  const majority = majorityUnit(parts);
  const factorOf = (p: Part): number => (p.fig.unit === undefined ? (majority?.factor ?? wholeFactor) : p.fig.factor);
  const decimalsOf = (f: Figure, factor: number) => f.decimals - Math.round(Math.log10(factor / wholeFactor));
  const digits = Math.min(
    MAX_DECIMALS,
    Math.max(decimalsOf(whole.fig, wholeFactor), ...parts.map((p) => decimalsOf(p.fig, factorOf(p)))),
  );
  const scale = 10 ** Math.max(0, digits);
  const scaled = (value: number, factor: number) => Math.round(((value * factor) / wholeFactor) * scale);
  const target = scaled(whole.fig.value, wholeFactor);
  const values = parts.map((p) => scaled(p.fig.value, factorOf(p)));
  if (subsetSums(values).some((s) => s.sum === target)) return;

  // One part in a smaller unit than the others (元 among 万元, a bare number): read in theirs, do they add up?
  if (majority) {
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k];
      if (p.fig.unit === majority.unit || p.fig.unit === undefined || !(p.fig.factor < majority.factor)) continue;
      const repaired = values.slice();
      repaired[k] = scaled(p.fig.value, majority.factor);
      if (!subsetSums(repaired).some((s) => s.sum === target && s.has(k))) continue;
      const figure = written(scan, p.fig);
      const expected = `${writtenNumber(scan, p.fig)}${majority.unit}`;
      const message = unitWrongMessage(quoteOf(scan, p.fig), figure, majority.unit, expected, written(scan, whole.fig));
      out.findings.push(finding(scan, 'REPORT_UNIT_MISSING', p.fig, message, expected, figure));
      out.unitFlagged.add(p.index);
      return;
    }
  }

  let best: Subset | undefined;
  for (const s of subsetSums(values)) {
    const gap = Math.abs(s.sum - target);
    const bestGap = best ? Math.abs(best.sum - target) : Infinity;
    if (gap < bestGap || (gap === bestGap && best && s.size > best.size)) best = s;
  }
  if (!best || Math.abs(best.sum - target) > NEAR * Math.abs(target)) return;
  const unit = whole.fig.unit ?? '';
  // The whole is the figure flagged: what the parts add up to is what it should read, what it reads was found.
  const sumText = `${fixed(best.sum / scale, Math.max(0, Math.min(digits, Math.max(2, whole.fig.decimals))))}${unit}`;
  const stated = written(scan, whole.fig);
  const chosen = best;
  const listed = parts.filter((_, k) => chosen.has(k)).map((p) => written(scan, p.fig));
  const message = partsMessage(quoteOf(scan, whole.fig), stated, listed, sumText);
  out.findings.push(finding(scan, 'REPORT_PARTS_SUM', whole.fig, message, sumText, stated));
}

function wholeBefore(scan: Scan, at: number, kind: string): Part | undefined {
  const { figures, contexts, text } = scan;
  const { norm } = text;
  const lineStart = lineStartOf(text, at);
  let nearestInSentence: Part | undefined;
  for (let index = firstAtOrAfter(figures, at) - 1; index >= 0; index--) {
    const fig = figures[index];
    if (fig.start < lineStart) break;
    if (contexts[index].change || kindOf(scan, { index, fig }) !== kind) continue;
    const clause = norm.slice(clauseStart(norm, fig.start, lineStart), fig.start);
    if (WHOLE_WORDS.some((w) => clause.includes(w))) return { index, fig };
    if (!nearestInSentence && fig.sentence >= 0 && text.sentences[fig.sentence].end >= at)
      nearestInSentence = { index, fig };
  }
  return nearestInSentence;
}

function majorityUnit(parts: Part[]): { unit: string; factor: number } | undefined {
  const counts = new Map<string, { n: number; factor: number }>();
  for (const p of parts) {
    if (p.fig.unit === undefined) continue;
    const c = counts.get(p.fig.unit) ?? { n: 0, factor: p.fig.factor };
    c.n++;
    counts.set(p.fig.unit, c);
  }
  let best: { unit: string; factor: number; n: number } | undefined;
  for (const [unit, c] of counts) if (!best || c.n > best.n) best = { unit, factor: c.factor, n: c.n };
  return best && best.n >= 2 ? { unit: best.unit, factor: best.factor } : undefined;
}

interface Subset {
  sum: number;
  size: number;
  has(k: number): boolean;
}

/** Sums of the non-empty subsets (all of them up to 12 parts; beyond, the full list and the list less one). */
function subsetSums(values: number[]): Subset[] {
  const n = values.length;
  const total = values.reduce((a, b) => a + b, 0);
  if (n > MAX_SUBSET_PARTS) {
    const all: Subset = { sum: total, size: n, has: () => true };
    return [all, ...values.map((v, i): Subset => ({ sum: total - v, size: n - 1, has: (k) => k !== i }))];
  }
  const out: Subset[] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    let sum = 0;
    let size = 0;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) {
        sum += values[i];
        size++;
      }
    }
    out.push({ sum, size, has: (k) => (mask & (1 << k)) !== 0 });
  }
  return out;
}

/** The index of the first figure starting at or after an offset (figures are in text order). */
function firstAtOrAfter(figures: Figure[], offset: number): number {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
