import type { Comparison } from './types';

export interface DateParts {
  comparison?: Comparison;
  year?: number;
  month: number;
  day?: number;
}

/** A date text that names an impossible day (2022-02-30) or month. */
export const INVALID_DATE = 'invalid' as const;
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isValidDay(year: number | undefined, month: number, day: number | undefined): boolean {
  if (year !== undefined && (year < 1900 || year > 2199)) return false;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  // With no year, 2月29日 is a day that exists in some year.
  return day >= 1 && day <= daysInMonth(year ?? 2000, month);
}

interface Tail {
  comparison?: Comparison;
  /** 底 or 末: the end of the month or year. */
  end?: boolean;
}

const TAILS: Record<string, Tail> = {
  '': {},
  底: { end: true },
  末: { end: true },
  份: {},
  底前: { end: true, comparison: 'le' },
  末前: { end: true, comparison: 'le' },
  底以前: { end: true, comparison: 'le' },
  底之前: { end: true, comparison: 'le' },
  前: { comparison: 'le' },
  之前: { comparison: 'le' },
  以前: { comparison: 'le' },
  内: { comparison: 'le' },
  以内: { comparison: 'le' },
  之内: { comparison: 'le' },
  后: { comparison: 'ge' },
  之后: { comparison: 'ge' },
  以后: { comparison: 'ge' },
};

function readTail(text: string): Tail | undefined {
  return TAILS[text.replace(/(完成|完工|竣工|办结|结束)$/, '')];
}

type DateRead = DateParts | typeof INVALID_DATE | undefined;

function build(year: number | undefined, month: number, day: number | undefined, tail: Tail): DateRead {
  if (!isValidDay(year, month, day)) return INVALID_DATE;
  const parts: DateParts = { month };
  if (tail.comparison) parts.comparison = tail.comparison;
  if (year !== undefined) parts.year = year;
  if (day !== undefined) parts.day = day;
  return parts;
}

/**
 * A fully written date ("2022年12月31日…") whose tail is not a known one keeps the date and ignores a
 * tail without digits ("2022-12-31完工验收"), like text after a unit.
 */
function strongTail(text: string, allowEnd: boolean): Tail | undefined {
  const tail = readTail(text);
  if (tail && (allowEnd || !tail.end)) return tail;
  return /\d/.test(text) ? undefined : {};
}

const FULL = /^(\d{4})(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})[日号]?(.*)$/;
const YEAR_MONTH_WORDS = /^(\d{4})年(\d{1,2})月(.*)$/;
const YEAR_MONTH_SIGNS = /^(\d{4})[-/](\d{1,2})(.*)$/;
const YEAR_ONLY = /^(\d{4})年(度)?(.*)$/;
const MONTH_DAY = /^(\d{1,2})月(\d{1,2})[日号](.*)$/;
const MONTH_ONLY = /^(\d{1,2})月(.*)$/;

/**
 * A date or deadline written with digits: 2022-12-31, 2022/12/31, 2022.12.31, 2022年12月31日, 2022年12月,
 * 12月31日, 12月底前, 2022年底前 … undefined when the text is no date, INVALID_DATE when it is one that
 * cannot be (2022-02-30).
 */
export function readDateText(text: string): DateRead {
  let m = FULL.exec(text);
  if (m) {
    const tail = strongTail(m[4], false);
    return tail ? build(+m[1], +m[2], +m[3], tail) : undefined;
  }
  m = YEAR_MONTH_WORDS.exec(text);
  if (m) {
    const tail = strongTail(m[3], true);
    return tail ? build(+m[1], +m[2], undefined, tail) : undefined;
  }
  m = YEAR_MONTH_SIGNS.exec(text);
  if (m) {
    const tail = readTail(m[3]);
    return tail ? build(+m[1], +m[2], undefined, tail) : undefined;
  }
  m = YEAR_ONLY.exec(text);
  if (m) {
    const year = +m[1];
    const tail = readTail(m[3]);
    if (!tail || tail.comparison === 'ge' || year < 1900 || year > 2100) return undefined;
    // A year alone stands for its last month: "2022年底前" → December 2022, before or on.
    return build(year, 12, undefined, tail);
  }
  m = MONTH_DAY.exec(text);
  if (m) {
    const tail = strongTail(m[3], false);
    return tail ? build(undefined, +m[1], +m[2], tail) : undefined;
  }
  m = MONTH_ONLY.exec(text);
  if (m) {
    const tail = readTail(m[2]);
    return tail ? build(undefined, +m[1], undefined, tail) : undefined;
  }
  return undefined;
}

const YEAR_WORDS = /^(本|当)?年度?(底|末)?(前|之前|以前|内|以内|之内)?$/;

/** Deadlines written without digits: 年底前, 年末前, 年内, 本年度, 上半年 … */
export function readDateWords(text: string): DateParts | undefined {
  const core = text.replace(/^(于|在)/, '').replace(/(完成|完工|竣工|办结)$/, '');
  if (/^上半年(内|前|之前|以内)?$/.test(core)) return { comparison: 'le', month: 6 };
  if (/^下半年(内|以内)?$/.test(core)) return { comparison: 'le', month: 12 };
  const m = YEAR_WORDS.exec(core);
  if (!m || !(m[1] || m[2] || m[3])) return undefined;
  // Only 年底 / 年末 on their own name a day; everything else is "by the end of the year".
  return m[2] && !m[3] ? { month: 12 } : { comparison: 'le', month: 12 };
}
