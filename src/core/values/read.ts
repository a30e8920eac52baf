import { isCellError, type CellValue, type GridCell } from '../cells';
import { readComparison, stripPrefix, suffixComparison, suffixIndex } from './comparison';
import { FAKE_LEAP_DAY, serialToDay } from '../excelDate';
import { INVALID_DATE, readDateText, readDateWords, type DateParts } from './dates';
import { bandOf } from './labels';
import { reasons } from './messages';
import { normaliseText } from './normalise';
import { decimalsOf, formatDecimals, formatLiteral, isDateFormat, isPercentFormat, toExcelPrecision } from './numfmt';
import { placeholderOf } from './placeholder';
import type { Comparison, DateValue, Quantity, ReadValue, Unit, Unreadable } from './types';
import { leadingUnit, parseUnit } from './units';

/** Longer raw texts are not even normalised: nothing that long is a value. */
const MAX_RAW = 1000;
const MAX_TEXT = 200;
const MAX_CUSTOM_UNIT = 8;
const ERROR_TEXT =
  /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;
const NUMBER = /^([-+])?(?:(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?|\.(\d+))/;
/** A deadline's lead-in before its date: "完成时间为2022年12月30日" (ah-yuan-wlj-2022), "于2022年6月前". */
const DATE_LEAD_IN = /^(?:(?:完成|完工|竣工|截止|办结)?(?:时间|日期)(?:为|是)?:?|于|在)(?=\d)/;
// Each part is 每 and one to three other characters (每 itself left out, so that the parts cannot overlap).
const PER_PARTS = '(?:每[\\u4e00-\\u6bce\\u6bd0-\\u9fff]{1,3}?)+';
/**
 * A rate written with its per-unit first: "每亩300" (300 per 亩, hn-yongzhou-lingling-lyj-2021), "每人500元" (500元 per
 * 人), "每人每月500元" (500元/人·月). The number reads with the unit 元/亩 (or /亩 when none follows), as "300元/亩"
 * would.
 */
const PER_LEAD = new RegExp(`^${PER_PARTS}(?=\\d)`);
/** Nothing but per-parts (每亩, 每人每月): what PER_LEAD reads before a number. */
const PER_ONLY = new RegExp(`^${PER_PARTS}$`);
/** The indicator's name repeated before a comparison sign: "满意度≥95%". */
const NAME_BEFORE_SIGN = /^[\u4e00-\u9fff]{1,6}:?(?=[≥≤<>=])/;
const RANGE = /^(?:-|~|至|到|—|–|―)[-+]?\d/;
const NOT_IN_UNIT = /[,;:()[\]{}<>《》【】"'“”‘’!?、=≥≤~+\-—。.|\\]/;
/** Comparison words that, alone in a cell, still say something as an actual ("达到", "达成"). */
const WORDS_NOT_COMPARISONS = new Set(['达到', '达', '达成']);

function unreadable(text: string, reason: Unreadable['reason']): Unreadable {
  return { kind: 'unreadable', text, reason };
}

function isGridCell(input: unknown): input is GridCell {
  return typeof input === 'object' && input !== null && !isCellError(input) && 'value' in input;
}

function mergeComparisons(a?: Comparison, b?: Comparison): Comparison | undefined | 'conflict' {
  if (a && b && a !== b) return 'conflict';
  return a ?? b;
}

function dateValue(text: string, parts: DateParts, comparison?: Comparison): DateValue {
  const value: DateValue = { kind: 'date', month: parts.month, text };
  if (comparison) value.comparison = comparison;
  if (parts.year !== undefined) value.year = parts.year;
  if (parts.day !== undefined) value.day = parts.day;
  return value;
}

function quantity(text: string, number: number, decimals: number, unit?: Unit, comparison?: Comparison): Quantity {
  const value: Quantity = { kind: 'quantity', number, decimals, text };
  if (comparison) value.comparison = comparison;
  if (unit) value.unit = unit;
  return value;
}

function countNumbers(text: string): number {
  return text.match(/\d+(?:[.,]\d+)*/g)?.length ?? 0;
}

interface Suffix {
  unit?: Unit;
  comparison?: Comparison;
}

/** "-odd" after a number: 200余人, 30多万元. */
const ODD = /^[余多]/;

/** What follows the number: maybe 余/多 ("-odd"), a unit (known, or a short custom one), then maybe 以上/以下/以内. */
function readSuffix(raw: string, whole: string): Suffix | Unreadable {
  if (RANGE.test(whole)) return unreadable(raw, reasons.range(raw));
  // 200余人, 30多万元: the "-odd" is no part of the unit (人, 万元), so the figure compares with 200人.
  const after = whole.replace(ODD, '');
  let unit: Unit | undefined;
  let tail: string;
  const known = leadingUnit(after);
  if (known) {
    unit = known.unit;
    tail = after.slice(known.length);
  } else {
    const at = suffixIndex(after);
    let candidate = at >= 0 ? after.slice(0, at) : after;
    tail = at >= 0 ? after.slice(at) : '';
    if (at < 0 && candidate.endsWith('内')) {
      candidate = candidate.slice(0, -1);
      tail = '内';
    }
    candidate = candidate.replace(/左右$/, '');
    if (candidate) {
      if (/\d/.test(candidate)) return unreadable(raw, reasons.manyNumbers(raw));
      if (candidate.length > MAX_CUSTOM_UNIT || NOT_IN_UNIT.test(candidate)) {
        return unreadable(raw, reasons.unknownUnit(raw, candidate));
      }
      unit = { text: candidate, base: candidate, factor: 1 };
    }
  }
  if (RANGE.test(tail)) return unreadable(raw, reasons.range(raw));
  if (/\d/.test(tail)) return unreadable(raw, reasons.manyNumbers(raw));
  const suffix: Suffix = {};
  if (unit) suffix.unit = unit;
  const comparison = suffixComparison(tail);
  if (comparison) suffix.comparison = comparison;
  return suffix;
}

/** The unit of a rate written 每亩300 / 每人500元: 元/人 as parseUnit reads it, or the per-part alone. */
function perUnit(head: Unit | undefined, per: string): Unit {
  const text = `${head?.text ?? ''}/${per}`;
  return parseUnit(text) ?? { text, base: `${head?.base ?? ''}/${per}`, factor: head?.factor ?? 1 };
}

/**
 * A figure or date the form wrote with words before it, which the reader read past: 完成时间为2022年12月30日,
 * 满意度≥95% (not the filler 于 or 在). Sentences and messages quote such a value as written (“…”), as they quote words; a
 * figure as such (≥95%, 120公里, 2022年12月31日前) stands as it is.
 */
export function wordsBeforeFigure(read: ReadValue): boolean {
  if (read.kind !== 'date' && read.kind !== 'quantity') return false;
  const prefix = stripPrefix(normaliseText(read.text));
  if (!prefix.comparison && NAME_BEFORE_SIGN.test(prefix.rest)) return true;
  return DATE_LEAD_IN.test(prefix.rest);
}

/** A text with digits: a date or deadline, or comparison + number + unit. */
function readNumeric(raw: string, text: string): ReadValue {
  let prefix = stripPrefix(text);
  const name = NAME_BEFORE_SIGN.exec(prefix.rest);
  if (name && !prefix.comparison) {
    const after = stripPrefix(prefix.rest.slice(name[0].length));
    // 每亩≥300元: the words before the sign are the rate's per-unit, not the indicator's name.
    prefix = PER_ONLY.test(name[0]) ? { ...after, rest: name[0] + after.rest } : after;
  }
  if (prefix.conflict) return unreadable(raw, reasons.conflict(raw));
  let date = readDateText(prefix.rest);
  if (date === undefined) {
    // 每年12月底前: a yearly deadline is a deadline (the 每年 read past as a lead-in).
    const lead = DATE_LEAD_IN.exec(prefix.rest) ?? PER_LEAD.exec(prefix.rest);
    if (lead) date = readDateText(prefix.rest.slice(lead[0].length));
  }
  if (date === INVALID_DATE) return unreadable(raw, reasons.invalidDate(raw));
  if (date) {
    const comparison = mergeComparisons(prefix.comparison, date.comparison);
    if (comparison === 'conflict') return unreadable(raw, reasons.conflict(raw));
    return dateValue(raw, date, comparison);
  }
  const per = PER_LEAD.exec(prefix.rest);
  const rest = per ? prefix.rest.slice(per[0].length) : prefix.rest;
  const m = NUMBER.exec(rest);
  if (!m) return unreadable(raw, countNumbers(text) >= 2 ? reasons.manyNumbers(raw) : reasons.generic(raw));
  const suffix = readSuffix(raw, rest.slice(m[0].length));
  if ('kind' in suffix) return suffix;
  if (per) suffix.unit = perUnit(suffix.unit, per[0].split('每').filter(Boolean).join('·'));
  const comparison = mergeComparisons(prefix.comparison, suffix.comparison);
  if (comparison === 'conflict') return unreadable(raw, reasons.conflict(raw));
  const fraction = m[3] ?? m[4] ?? '';
  const magnitude = Number(`${(m[2] ?? '0').replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);
  const number = (m[1] === '-' ? -magnitude : magnitude) + 0;
  return quantity(raw, number, fraction.length, suffix.unit, comparison);
}

/** A text with no digits: a deadline in words, a lone comparison, or a qualitative label. */
function readWords(raw: string, text: string): ReadValue {
  const date = readDateWords(text);
  if (date) return dateValue(raw, date, date.comparison);
  if (readComparison(text) !== undefined && !WORDS_NOT_COMPARISONS.has(text)) {
    return unreadable(raw, reasons.comparisonOnly(raw));
  }
  const band = bandOf(text);
  return band ? { kind: 'label', label: text, band, text: raw } : { kind: 'label', label: text, text: raw };
}

/**
 * Texts already read. Forms repeat their texts (是, 100%, ≥95%) and the add-in re-reads a whole form on every
 * edit, so a bounded memo pays; results are frozen because they are shared.
 */
const textCache = new Map<string, ReadValue>();
const TEXT_CACHE_SIZE = 20000;

/** Empties the memo of texts read (for benchmarks that want a cold start). */
export function clearReadCache(): void {
  textCache.clear();
  numberCache.clear();
  numbersCached = 0;
}

function readText(raw: string): ReadValue {
  let read = textCache.get(raw);
  if (read === undefined) {
    read = Object.freeze(readTextUncached(raw));
    if (textCache.size >= TEXT_CACHE_SIZE) textCache.clear();
    textCache.set(raw, read);
  }
  return read;
}

const BOX = /[□☐☑☒■✓√✔]/;
const TICKED = /[☑☒■✓√✔]/;

/**
 * A cell of options with check boxes ("☑达成年度指标 □部分达成 □未达成") says what is ticked: that option's text;
 * '' when no box is ticked; undefined when the text has no boxes, or several options are ticked.
 */
function tickedOption(normalised: string): string | undefined {
  if (!BOX.test(normalised)) return undefined;
  const options = normalised.split(/(?=[□☐☑☒■✓√✔])/).filter((o) => BOX.test(o[0]));
  const ticked = options.filter((o) => TICKED.test(o[0]));
  if (ticked.length === 0) return '';
  if (ticked.length > 1) return undefined;
  return ticked[0].slice(1).replace(/[,;，；、]+$/, '');
}

function readTextUncached(raw: string): ReadValue {
  if (raw.length > MAX_RAW) {
    return /^\s*$/.test(raw) ? { kind: 'empty', placeholder: 'blank', text: raw } : unreadable(raw, reasons.tooLong());
  }
  const folded = normaliseText(raw);
  const ticked = tickedOption(folded);
  const normalised = ticked ?? folded;
  if (normalised.length > MAX_TEXT) return unreadable(raw, reasons.tooLong());
  const placeholder = placeholderOf(normalised, false);
  if (placeholder) return { kind: 'empty', placeholder, text: raw };
  if (ERROR_TEXT.test(normalised)) return unreadable(raw, reasons.errorCell(normalised));
  const text = normalised.replace(/[。;,.]+$/, '');
  if (!text) return { kind: 'empty', placeholder: 'blank', text: raw };
  return /\d/.test(text) ? readNumeric(raw, text) : readWords(raw, text);
}

function formatNumber(value: number, decimals: number | undefined): string {
  return decimals !== undefined && decimals <= 20 ? value.toFixed(decimals) : String(value);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Numbers already read, by format: a form's amounts, weights and scores are read several times each (the checker
 * asks whether an indicator counts money before reading its value), and read alike every time. Shared and frozen
 * as the texts are; emptied when full.
 */
const numberCache = new Map<string, Map<number, ReadValue>>();
const NUMBER_CACHE_SIZE = 20000;
let numbersCached = 0;

function readNumber(value: number, numFmt: string | undefined): ReadValue {
  // -0 would share 0's entry (a Map compares numbers with SameValueZero).
  if (Object.is(value, -0)) return readNumberUncached(value, numFmt);
  const key = numFmt ?? '';
  let byValue = numberCache.get(key);
  let read = byValue?.get(value);
  if (read === undefined) {
    read = Object.freeze(readNumberUncached(value, numFmt));
    if (numbersCached >= NUMBER_CACHE_SIZE) {
      numberCache.clear();
      numbersCached = 0;
      byValue = undefined;
    }
    if (!byValue) numberCache.set(key, (byValue = new Map()));
    byValue.set(value, read);
    numbersCached++;
  }
  return read;
}

function readNumberUncached(value: number, numFmt: string | undefined): ReadValue {
  if (!Number.isFinite(value)) return unreadable(String(value), reasons.notFinite(value));
  if (numFmt !== undefined && isDateFormat(numFmt)) {
    const day = serialToDay(value);
    if (day === FAKE_LEAP_DAY) return unreadable(String(value), reasons.fakeLeapDay());
    if (!day) return unreadable(String(value), reasons.badSerial(value));
    return {
      kind: 'date',
      year: day.year,
      month: day.month,
      day: day.day,
      text: `${day.year}-${pad(day.month)}-${pad(day.day)}`,
    };
  }
  // A percent format shows the number ×100: 0.96 is the 96% the accountant sees.
  const percent = numFmt !== undefined && isPercentFormat(numFmt);
  const number = toExcelPrecision(percent ? value * 100 : value);
  if (!Number.isFinite(number)) return unreadable(String(value), reasons.notFinite(number));
  const own = decimalsOf(number);
  const fixed = numFmt === undefined ? undefined : formatDecimals(numFmt, own);
  const unit = percent ? parseUnit('%') : numFmt === undefined ? undefined : parseUnit(formatLiteral(numFmt));
  const text = formatNumber(number, fixed) + (unit?.text ?? '');
  return quantity(text, number, fixed ?? own, unit);
}

function readCell(value: unknown, numFmt: string | undefined): ReadValue {
  if (value === null || value === undefined) return { kind: 'empty', placeholder: 'blank', text: '' };
  if (typeof value === 'string') return readText(value);
  if (typeof value === 'number') return readNumber(value, numFmt);
  if (typeof value === 'boolean') {
    return value
      ? { kind: 'label', label: '是', band: 'met', text: 'TRUE' }
      : { kind: 'label', label: '否', band: 'notMet', text: 'FALSE' };
  }
  if (isCellError(value)) return unreadable(value.error, reasons.errorCell(value.error));
  return unreadable('', reasons.unknownContent());
}

/** What the form says about a cell beyond the cell itself. */
export interface ReadContext {
  /** The value is an amount of money (a 成本指标, or the other side written in 元): a bare 万 is 万元. */
  money?: boolean;
}

const MONEY_OF_MAGNITUDE: Record<string, Unit> = { 万: parseUnit('万元')!, 亿: parseUnit('亿元')! };

/**
 * A bare 万 or 亿 after a number is a magnitude, not a unit: where the value is money, "150万" is 150万元 and
 * "1.5亿" 1.5亿元. 万人, 万册, 万人次 are counts and never bare.
 */
function asMoney(read: ReadValue): ReadValue {
  if (read.kind !== 'quantity' || !read.unit) return read;
  const money = MONEY_OF_MAGNITUDE[read.unit.text];
  return money ? { ...read, unit: money } : read;
}

/**
 * Reads what was typed into a target (年度指标值) or actual (实际完成值) cell: a quantity, a date or
 * deadline, a qualitative label, a placeholder, or unreadable with a reason. Never throws.
 */
export function readValue(input: GridCell | CellValue | undefined, context: ReadContext = {}): ReadValue {
  try {
    const read = isGridCell(input)
      ? readCell(input.value, typeof input.numFmt === 'string' ? input.numFmt : undefined)
      : readCell(input, undefined);
    return context.money ? asMoney(read) : read;
  } catch {
    return unreadable(typeof input === 'string' ? input : '', reasons.internal());
  }
}
