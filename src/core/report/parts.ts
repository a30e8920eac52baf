import { EXCEL_FORMULA_CHARS, EXCEL_FUNCTION_ARGS } from '../excelLimits';
import type { CellValue } from '../cells';
import { roundExcel } from '../round';
import { fixed } from '../numbers';
import { serialToDay } from '../excelDate';

/**
 * A sentence of the report as parts. Each part has one meaning and two renderings that agree: an Excel formula
 * over the cells (so the sheet keeps the text current without ZiPing) and the text ZiPing renders from the
 * same values. Nothing here knows where the cells are: a Resolver does.
 */
export type Part =
  | { kind: 'text'; text: string }
  /** An amount: "939.93" (at `decimals`, 2 unless given); the gap `missing` (【请填写：…】) when the cell holds no number. */
  | { kind: 'amount'; ref: string; missing: string; places?: Places }
  /** A whole number: staff, sections. */
  | { kind: 'count'; ref: string; missing: string }
  /** A cell's text as typed (a name, a target, a reason); `blank` when it is empty. */
  | { kind: 'cellText'; ref: string; blank: string }
  /**
   * A cell's text made fit for prose: full-width spaces dropped, spaces trimmed (as TRIM does), each pair's
   * first string replaced by its second (≥ → 不低于), one closing mark of `trimEnd` dropped (so that "。" is
   * not doubled); `blank` when nothing is left.
   */
  | { kind: 'prose'; ref: string; pairs: readonly (readonly [string, string])[]; trimEnd: string; blank: string }
  /** A number as its cell shows it: a percent ("96%"), a date ("2022年12月31日"), fixed decimals; `blank` when empty. */
  | { kind: 'shown'; ref: string; as: ShownAs; blank: string }
  /**
   * num ÷ den as a percentage with two decimals, after `lead`: "，预算执行率100.00%"; `missing` (lead and all) when
   * num is not a number or den not a positive one.
   */
  | { kind: 'percent'; num: string; den: string; lead?: string; missing: string }
  /** current against base: "比上年增加162.58万元，增加20.91%", "减少…", "持平"; no percentage when the base is 0 or missing. */
  | { kind: 'change'; current: string; base: string; words: ChangeWords; percent: boolean }
  /**
   * Parts shown only when a change part over the same cells says a rise or fall (the reason asked for a change):
   * nothing when either cell holds no number or the two are equal at `places` (持平).
   */
  | { kind: 'ifChanged'; current: string; base: string; places: Places; then: Part[] }
  /** Parts shown only when the cell holds some text. */
  | { kind: 'ifText'; ref: string; then: Part[] }
  /** One of two part lists, by whether the cell holds a number. */
  | { kind: 'ifNumber'; ref: string; then: Part[]; otherwise: Part[] }
  /**
   * Parts that ZiPing decided from the cells' values when it drafted (a verdict of the rule, a score): shown
   * while every cell still holds the value it held then, else `stale` asks for a redraft. Excel cannot apply
   * the rule, but it can tell that its inputs moved.
   */
  | { kind: 'asDrafted'; refs: string[]; values: CellValue[]; then: Part[]; stale: string };

/** How a number cell is shown: as a percent or a number with these decimals, or as a date in the language's style. */
type ShownAs =
  { kind: 'percent'; decimals: number } | { kind: 'fixed'; decimals: number } | { kind: 'date'; style: 'zh' | 'iso' };

export interface ChangeWords {
  /** "比上年" before the change (Chinese); "" in English, which says it after (`after`). */
  than: string;
  /** " on last year" after the amount of an increase or decrease (English); "" in Chinese. */
  after: string;
  up: string;
  down: string;
  same: string;
  unit: string;
  /** The decimals amounts are written at in `unit`. */
  places: Places;
  /** Said when the base is missing: no comparison. */
  noBase: string;
  /** Said after an increase from a base of 0: no percentage. */
  zeroBase: string;
  /** "，增加" before the percentage / ", up" */
  upPercent: string;
  downPercent: string;
  /** Said when the current figure itself is missing. */
  noCurrent: string;
}

export const text = (t: string): Part => ({ kind: 'text', text: t });

/** At least `min` and at most `max` decimals: 1.25 and 1.2345 at { min: 2, max: 4 }. */
export interface Places {
  min: number;
  max: number;
}

const TWO_PLACES: Places = { min: 2, max: 2 };

/** What TEXT(v, placesFormat(places)) shows: rounded at max, trailing zeros dropped down to min. */
function placesText(v: number, places: Places): string {
  const s = fixed(v, places.max);
  if (places.max <= places.min || !s.includes('.')) return s;
  const [int, frac] = s.split('.');
  const kept = frac.replace(/0+$/, '').padEnd(places.min, '0');
  return kept === '' ? int : `${int}.${kept}`;
}

/** The number format of `places`: "0.00", or "0.00##" for two to four decimals. */
export function placesFormat(places: Places): string {
  if (places.max === 0) return '0';
  return `0.${'0'.repeat(places.min)}${'#'.repeat(places.max - places.min)}`;
}

/** Where a reference points: its formula text ('附件1'!F6 or $E$5) and the value the cell holds now. */
export interface Resolver {
  address(ref: string): string;
  value(ref: string): CellValue;
}

// ---------------------------------------------------------------- text

function num(v: CellValue): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function str(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** The text the parts say for the values the resolver gives: what Excel shows for the formula. */
export function renderParts(parts: Part[], r: Resolver): string {
  return parts.map((p) => renderPart(p, r)).join('');
}

function renderPart(p: Part, r: Resolver): string {
  switch (p.kind) {
    case 'text':
      return p.text;
    case 'amount': {
      const v = num(r.value(p.ref));
      return v === undefined ? p.missing : placesText(v, p.places ?? TWO_PLACES);
    }
    case 'count': {
      const v = num(r.value(p.ref));
      return v === undefined ? p.missing : fixed(v, 0);
    }
    case 'prose': {
      const trimmed = excelTrim(str(r.value(p.ref)).split('\u3000').join(''));
      return trimmed === '' ? p.blank : proseText(trimmed, p.pairs, p.trimEnd);
    }
    case 'shown': {
      const v = r.value(p.ref);
      if (typeof v === 'number' && Number.isFinite(v)) return shownNumber(v, p.as);
      const s = excelTrim(str(v).split('\u3000').join(''));
      return s === '' ? p.blank : s;
    }
    case 'cellText': {
      const s = str(r.value(p.ref));
      return s.length === 0 ? p.blank : s;
    }
    case 'percent': {
      const n = num(r.value(p.num));
      const d = num(r.value(p.den));
      return n === undefined || d === undefined || !(d > 0) ? p.missing : `${p.lead ?? ''}${fixed((n / d) * 100, 2)}%`;
    }
    case 'change':
      return renderChange(p, r);
    case 'ifChanged': {
      const c = num(r.value(p.current));
      const b = num(r.value(p.base));
      return c !== undefined && b !== undefined && !sameAt(c, b, p.places) ? renderParts(p.then, r) : '';
    }
    case 'ifText':
      return str(r.value(p.ref)).length > 0 ? renderParts(p.then, r) : '';
    case 'ifNumber':
      return renderParts(num(r.value(p.ref)) !== undefined ? p.then : p.otherwise, r);
    case 'asDrafted':
      return p.refs.every((ref, i) => sameValue(r.value(ref), p.values[i])) ? renderParts(p.then, r) : p.stale;
  }
}

/** Excel's TRIM: spaces (only U+0020) off both ends, runs inside cut to one. */
function excelTrim(s: string): string {
  return s.replace(/ {2,}/g, ' ').replace(/^ | $/g, '');
}

function proseText(trimmed: string, pairs: readonly (readonly [string, string])[], trimEnd: string): string {
  let s = trimmed;
  for (const [from, to] of pairs) s = s.split(from).join(to);
  if (s.length > 0 && trimEnd.includes(s[s.length - 1])) s = s.slice(0, -1);
  return s;
}

/** What TEXT(value, shownFormat(as)) gives. */
function shownNumber(v: number, as: ShownAs): string {
  switch (as.kind) {
    case 'percent':
      return `${fixed(v * 100, as.decimals)}%`;
    case 'fixed':
      return fixed(v, as.decimals);
    case 'date': {
      const d = serialToDay(v);
      if (!d || typeof d !== 'object') return fixed(v, 0);
      return as.style === 'zh'
        ? `${d.year}年${d.month}月${d.day}日`
        : `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    }
  }
}

/** The format code given to TEXT for a number shown `as`. */
function shownFormat(as: ShownAs): string {
  const places = (n: number) => (n > 0 ? `0.${'0'.repeat(n)}` : '0');
  switch (as.kind) {
    case 'percent':
      return `${places(as.decimals)}%`;
    case 'fixed':
      return places(as.decimals);
    case 'date':
      return as.style === 'zh' ? 'yyyy"年"m"月"d"日"' : 'yyyy-mm-dd';
  }
}

/** Whether a cell still holds what it held at drafting, compared as the formula compares (text ignoring case). */
function sameValue(now: CellValue, then: CellValue): boolean {
  if (typeof then === 'number') return typeof now === 'number' && now === then;
  if (then === null || str(then) === '') return str(now) === '';
  return typeof now !== 'number' && str(now).toLowerCase() === str(then).toLowerCase();
}

/** Whether two amounts read the same as written (at most `places.max` decimals): a change of 0, 持平. */
function sameAt(c: number, b: number, places: Places): boolean {
  return roundExcel(c, places.max) === roundExcel(b, places.max);
}

/** The formula of sameAt. */
function sameAtFormula(c: string, b: string, places: Places): string {
  return `ROUND(${c},${places.max})=ROUND(${b},${places.max})`;
}

function renderChange(p: Extract<Part, { kind: 'change' }>, r: Resolver): string {
  const w = p.words;
  const c = num(r.value(p.current));
  const b = num(r.value(p.base));
  if (c === undefined) return w.noCurrent;
  if (b === undefined) return w.noBase;
  if (sameAt(c, b, w.places)) return `${w.than}${w.same}`;
  if (b === 0) return `${w.than}${w.up}${placesText(c, w.places)}${w.unit}${w.after}${w.zeroBase}`;
  const up = roundExcel(c, w.places.max) > roundExcel(b, w.places.max);
  const delta = up ? c - b : b - c;
  const head = `${w.than}${up ? w.up : w.down}${placesText(delta, w.places)}${w.unit}${w.after}`;
  return p.percent ? `${head}${up ? w.upPercent : w.downPercent}${fixed((delta / b) * 100, 2)}%` : head;
}

// ---------------------------------------------------------------- formula

/** A string constant in a formula: quotes doubled, cut into pieces Excel accepts (at most 255 characters each). */
export function literal(s: string): string {
  if (s === '') return '""';
  const pieces: string[] = [];
  let piece = '';
  for (const ch of s) {
    const escaped = ch === '"' ? '""' : ch;
    // The limit counts the characters between the quotes as written, doubled quotes included.
    if (piece.length + escaped.length > 255) {
      pieces.push(`"${piece}"`);
      piece = '';
    }
    piece += escaped;
  }
  pieces.push(`"${piece}"`);
  return pieces.join('&');
}

/**
 * Where an asDrafted part's tests go when they cannot stay in the paragraph's formula (the total's, over every
 * indicator's cells): given each test's formula and whether it holds now, it places them in cells of their own and
 * returns the formula that is TRUE when all hold (AND over those cells).
 */
export type Spill = (tests: { formula: string; holds: boolean }[]) => string;

/**
 * The Excel formula (en-US syntax, without "=") that shows the parts. With `spill`, each asDrafted part of more than
 * one test tests cells that `spill` placed (the tests are otherwise written inline, in one AND).
 */
export function formulaOf(parts: Part[], r: Resolver, spill?: Spill): string {
  const pieces = parts.map((p) => formulaPart(p, r, spill)).filter((f) => f !== '""');
  return pieces.length === 0 ? '""' : pieces.join('&');
}

/**
 * Whether the formula ("…", without "=") of these parts stays within EXCEL_FORMULA_CHARS and EXCEL_FUNCTION_ARGS;
 * the "=" is counted too, keeping one character inside the limit.
 */
export function withinExcelLimits(formula: string, parts: Part[]): boolean {
  // The one function ZiPing gives a number of arguments that grows with the form: asDrafted's AND.
  const most = (ps: Part[]): number =>
    Math.max(
      0,
      ...ps.map((p) => {
        switch (p.kind) {
          case 'asDrafted':
            return Math.max(p.refs.length, most(p.then));
          case 'ifChanged':
          case 'ifText':
            return most(p.then);
          case 'ifNumber':
            return Math.max(most(p.then), most(p.otherwise));
          default:
            return 0;
        }
      }),
    );
  return 1 + formula.length <= EXCEL_FORMULA_CHARS && most(parts) <= EXCEL_FUNCTION_ARGS;
}

function formulaPart(p: Part, r: Resolver, spill?: Spill): string {
  const of = (parts: Part[]) => formulaOf(parts, r, spill);
  switch (p.kind) {
    case 'text':
      return literal(p.text);
    case 'amount': {
      const a = r.address(p.ref);
      return `IF(ISNUMBER(${a}),TEXT(${a},${literal(placesFormat(p.places ?? TWO_PLACES))}),${literal(p.missing)})`;
    }
    case 'count': {
      const a = r.address(p.ref);
      return `IF(ISNUMBER(${a}),TEXT(${a},"0"),${literal(p.missing)})`;
    }
    case 'prose':
      return proseFormula(p, r.address(p.ref));
    case 'shown': {
      const a = r.address(p.ref);
      const t = `TRIM(SUBSTITUTE(${a}&"","\u3000",""))`;
      return `IF(ISNUMBER(${a}),TEXT(${a},${literal(shownFormat(p.as))}),IF(LEN(${t})=0,${literal(p.blank)},${t}))`;
    }
    case 'cellText': {
      const a = r.address(p.ref);
      return `IF(LEN(${a}&"")=0,${literal(p.blank)},${a}&"")`;
    }
    case 'percent': {
      const n = r.address(p.num);
      const d = r.address(p.den);
      const lead = p.lead ? `${literal(p.lead)}&` : '';
      return `IF(AND(ISNUMBER(${n}),ISNUMBER(${d}),N(${d})>0),${lead}TEXT(${n}/${d}*100,"0.00")&"%",${literal(p.missing)})`;
    }
    case 'change':
      return changeFormula(p, r);
    case 'ifChanged': {
      const c = r.address(p.current);
      const b = r.address(p.base);
      // Nested, not AND(): AND evaluates every argument, and ROUND of a text is an error that AND passes on.
      return `IF(ISNUMBER(${c}),IF(ISNUMBER(${b}),IF(${sameAtFormula(c, b, p.places)},"",${of(p.then)}),""),"")`;
    }
    case 'ifText': {
      const a = r.address(p.ref);
      return `IF(LEN(${a}&"")>0,${of(p.then)},"")`;
    }
    case 'ifNumber':
      return `IF(ISNUMBER(${r.address(p.ref)}),${of(p.then)},${of(p.otherwise)})`;
    case 'asDrafted': {
      const tests = p.refs.map((ref, i) => sameFormula(r.address(ref), p.values[i]));
      const all =
        tests.length === 0
          ? 'TRUE'
          : tests.length === 1
            ? tests[0]
            : spill
              ? spill(tests.map((formula, i) => ({ formula, holds: sameValue(r.value(p.refs[i]), p.values[i]) })))
              : `AND(${tests.join(',')})`;
      return `IF(${all},${of(p.then)},${literal(p.stale)})`;
    }
  }
}

function proseFormula(p: Extract<Part, { kind: 'prose' }>, a: string): string {
  const trimmed = `TRIM(SUBSTITUTE(${a}&"","\u3000",""))`;
  const replaced = p.pairs.reduce((x, [from, to]) => `SUBSTITUTE(${x},${literal(from)},${literal(to)})`, trimmed);
  const cut =
    p.trimEnd === ''
      ? replaced
      : `IF(ISNUMBER(FIND(RIGHT(${replaced},1),${literal(p.trimEnd)})),LEFT(${replaced},LEN(${replaced})-1),${replaced})`;
  // Replacements never empty a text (each pair writes words for a symbol), so emptiness is seen before them.
  return `IF(LEN(${trimmed})=0,${literal(p.blank)},${cut})`;
}

function sameFormula(a: string, then: CellValue): string {
  if (typeof then === 'number') return `AND(ISNUMBER(${a}),N(${a})=${String(then)})`;
  if (then === null || str(then) === '') return `LEN(${a}&"")=0`;
  return `AND(NOT(ISNUMBER(${a})),${a}&""=${literal(str(then))})`;
}

function changeFormula(p: Extract<Part, { kind: 'change' }>, r: Resolver): string {
  const w = p.words;
  const c = r.address(p.current);
  const b = r.address(p.base);
  const places = literal(placesFormat(w.places));
  const head = (word: string, delta: string) =>
    `${literal(`${w.than}${word}`)}&TEXT(${delta},${places})&${literal(`${w.unit}${w.after}`)}`;
  const upText = p.percent
    ? `${head(w.up, `${c}-${b}`)}&${literal(w.upPercent)}&TEXT((${c}-${b})/${b}*100,"0.00")&"%"`
    : head(w.up, `${c}-${b}`);
  const downText = p.percent
    ? `${head(w.down, `${b}-${c}`)}&${literal(w.downPercent)}&TEXT((${b}-${c})/${b}*100,"0.00")&"%"`
    : head(w.down, `${b}-${c}`);
  const zero = `${literal(`${w.than}${w.up}`)}&TEXT(${c},${places})&${literal(`${w.unit}${w.after}${w.zeroBase}`)}`;
  return (
    `IF(NOT(ISNUMBER(${c})),${literal(w.noCurrent)},IF(NOT(ISNUMBER(${b})),${literal(w.noBase)},` +
    `IF(${sameAtFormula(c, b, w.places)},${literal(`${w.than}${w.same}`)},IF(${b}=0,${zero},` +
    `IF(ROUND(${c},${w.places.max})>ROUND(${b},${w.places.max}),${upText},${downText})))))`
  );
}
