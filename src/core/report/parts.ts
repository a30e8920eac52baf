import type { CellValue } from '../cells';
import { roundExcel } from '../round';
import { fixed } from '../numbers';

/**
 * A sentence of the report as parts. Each part has one meaning and two renderings that agree: an Excel formula
 * over the cells (so the sheet keeps the text current without ZiPing) and the text ZiPing renders from the
 * same values. Nothing here knows where the cells are: a Resolver does.
 */
export type Part =
  | { kind: 'text'; text: string }
  /** An amount: "939.93"; "（未填）" when the cell holds no number. */
  | { kind: 'amount'; ref: string }
  /** A whole number: staff, sections. */
  | { kind: 'count'; ref: string }
  /** A cell's text as typed (a name, a target, a reason); `blank` when it is empty. */
  | { kind: 'cellText'; ref: string; blank: string }
  /** num ÷ den as a percentage with two decimals: "100.00%"; `missing` when den is not a positive number. */
  | { kind: 'percent'; num: string; den: string; missing: string }
  /** current against base: "比上年增加162.58万元，增加20.91%", "减少…", "持平"; no percentage when the base is 0 or missing. */
  | { kind: 'change'; current: string; base: string; words: ChangeWords; percent: boolean }
  /** One of two part lists, by whether the number in `left` is at least the number in `right`. */
  | { kind: 'atLeast'; left: string; right: string; then: Part[]; otherwise: Part[] }
  /** Parts shown only when the cell holds some text. */
  | { kind: 'ifText'; ref: string; then: Part[] };

export interface ChangeWords {
  /** "比上年" / "compared with last year," */
  than: string;
  up: string;
  down: string;
  same: string;
  unit: string;
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
      return v === undefined ? '（未填）' : fixed(v, 2);
    }
    case 'count': {
      const v = num(r.value(p.ref));
      return v === undefined ? '（未填）' : fixed(v, 0);
    }
    case 'cellText': {
      const s = str(r.value(p.ref));
      return s.length === 0 ? p.blank : s;
    }
    case 'percent': {
      const n = num(r.value(p.num)) ?? 0;
      const d = num(r.value(p.den));
      return d === undefined || !(d > 0) ? p.missing : `${fixed((n / d) * 100, 2)}%`;
    }
    case 'change':
      return renderChange(p, r);
    case 'atLeast': {
      const left = num(r.value(p.left)) ?? 0;
      const right = num(r.value(p.right)) ?? 0;
      return renderParts(left >= right ? p.then : p.otherwise, r);
    }
    case 'ifText':
      return str(r.value(p.ref)).length > 0 ? renderParts(p.then, r) : '';
  }
}

function renderChange(p: Extract<Part, { kind: 'change' }>, r: Resolver): string {
  const w = p.words;
  const c = num(r.value(p.current));
  const b = num(r.value(p.base));
  if (c === undefined) return w.noCurrent;
  if (b === undefined) return w.noBase;
  const rc = roundExcel(c, 2);
  const rb = roundExcel(b, 2);
  if (rc === rb) return `${w.than}${w.same}`;
  if (b === 0) return `${w.than}${w.up}${fixed(c, 2)}${w.unit}${w.zeroBase}`;
  const up = rc > rb;
  const delta = up ? c - b : b - c;
  const head = `${w.than}${up ? w.up : w.down}${fixed(delta, 2)}${w.unit}`;
  return p.percent ? `${head}${up ? w.upPercent : w.downPercent}${fixed((delta / b) * 100, 2)}%` : head;
}

// ---------------------------------------------------------------- formula

/** A string constant in a formula: quotes doubled, cut into pieces Excel accepts (at most 255 characters each). */
export function literal(s: string): string {
  if (s === '') return '""';
  const pieces: string[] = [];
  for (let i = 0; i < s.length; i += 250) pieces.push(`"${s.slice(i, i + 250).replace(/"/g, '""')}"`);
  return pieces.join('&');
}

/** The Excel formula (en-US syntax, without "=") that shows the parts. */
export function formulaOf(parts: Part[], r: Resolver): string {
  const pieces = parts.map((p) => formulaPart(p, r)).filter((f) => f !== '""');
  return pieces.length === 0 ? '""' : pieces.join('&');
}

function formulaPart(p: Part, r: Resolver): string {
  switch (p.kind) {
    case 'text':
      return literal(p.text);
    case 'amount': {
      const a = r.address(p.ref);
      return `IF(ISNUMBER(${a}),TEXT(${a},"0.00"),${literal('（未填）')})`;
    }
    case 'count': {
      const a = r.address(p.ref);
      return `IF(ISNUMBER(${a}),TEXT(${a},"0"),${literal('（未填）')})`;
    }
    case 'cellText': {
      const a = r.address(p.ref);
      return `IF(LEN(${a}&"")=0,${literal(p.blank)},${a}&"")`;
    }
    case 'percent': {
      const n = r.address(p.num);
      const d = r.address(p.den);
      return `IF(AND(ISNUMBER(${d}),N(${d})>0),TEXT(N(${n})/${d}*100,"0.00")&"%",${literal(p.missing)})`;
    }
    case 'change':
      return changeFormula(p, r);
    case 'atLeast':
      return `IF(N(${r.address(p.left)})>=N(${r.address(p.right)}),${formulaOf(p.then, r)},${formulaOf(p.otherwise, r)})`;
    case 'ifText': {
      const a = r.address(p.ref);
      return `IF(LEN(${a}&"")>0,${formulaOf(p.then, r)},"")`;
    }
  }
}

function changeFormula(p: Extract<Part, { kind: 'change' }>, r: Resolver): string {
  const w = p.words;
  const c = r.address(p.current);
  const b = r.address(p.base);
  const head = (word: string, delta: string) =>
    `${literal(`${w.than}${word}`)}&TEXT(${delta},"0.00")&${literal(w.unit)}`;
  const upText = p.percent
    ? `${head(w.up, `${c}-${b}`)}&${literal(w.upPercent)}&TEXT((${c}-${b})/${b}*100,"0.00")&"%"`
    : head(w.up, `${c}-${b}`);
  const downText = p.percent
    ? `${head(w.down, `${b}-${c}`)}&${literal(w.downPercent)}&TEXT((${b}-${c})/${b}*100,"0.00")&"%"`
    : head(w.down, `${b}-${c}`);
  const zero = `${literal(`${w.than}${w.up}`)}&TEXT(${c},"0.00")&${literal(`${w.unit}${w.zeroBase}`)}`;
  return (
    `IF(NOT(ISNUMBER(${c})),${literal(w.noCurrent)},IF(NOT(ISNUMBER(${b})),${literal(w.noBase)},` +
    `IF(ROUND(${c},2)=ROUND(${b},2),${literal(`${w.than}${w.same}`)},IF(${b}=0,${zero},` +
    `IF(ROUND(${c},2)>ROUND(${b},2),${upText},${downText})))))`
  );
}
