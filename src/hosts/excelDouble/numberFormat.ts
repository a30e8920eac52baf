import { shownDay, serialWeekday } from '../../core/excelDate';
import { roundExcel } from '../../core/round';

/**
 * Excel number formats, enough for what forms use: General, "0", "0.00", "#,##0.00", "0%", "0.00%", "0.00E+00",
 * sections ("pos;neg;zero;text"), quoted and escaped literals, colours and locale tags (ignored), "@", and dates
 * and times (yyyy, m, d, h, mm, ss, AM/PM). Used for Range.text and for the TEXT function.
 */
export function formatValue(value: string | number | boolean, format: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const sections = splitSections(format || 'General');
  if (typeof value === 'string') {
    const text = sections[3] ?? (sections.length === 1 && sections[0].includes('@') ? sections[0] : undefined);
    return text === undefined ? value : literal(text, value);
  }
  if (!Number.isFinite(value)) return String(value);
  let section = sections[0];
  let v = value;
  if (value < 0 && sections.length > 1) {
    section = sections[1];
    v = -value;
  } else if (value === 0 && sections.length > 2) section = sections[2];
  const body = section.replace(/\[[^\]]*\]/g, '');
  if (/^\s*general\s*$/i.test(body) || body.trim() === '@') return general(v);
  const toks = tokens(body);
  const code = toks
    .filter((t) => t.code)
    .map((t) => t.text)
    .join('');
  if (code.trim() === '') return toks.map((t) => t.text).join('') || general(v);
  if (/[yYdDhHsS]/.test(code) || (/[mM]/.test(code) && !/[0#?]/.test(code))) return formatDate(v, toks);
  // Fractions ("# ?/?") are not modelled.
  return /[0#?]\s*\/|\/\s*[0#?]/.test(code) ? general(v) : formatNumber(v, toks);
}

/** Excel's General: integers as they are, others to 10 significant digits (a display approximation). */
export function general(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
  const abs = Math.abs(v);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    const [m, e] = v.toExponential(5).split('e');
    return `${m.replace(/\.?0+$/, '')}E${e.startsWith('-') ? '-' : '+'}${e.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  return String(Number(v.toPrecision(10)));
}

interface Token {
  code: boolean;
  text: string;
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length - 1 : end;
      cur += format.slice(i, stop + 1);
      i = stop;
    } else if (ch === '\\') {
      cur += format.slice(i, i + 2);
      i++;
    } else if (ch === ';') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** One token per code character; quoted text, escaped characters and "_x" (a space) are literal tokens. */
function tokens(section: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      out.push({ code: false, text: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === '\\') {
      out.push({ code: false, text: section[i + 1] ?? '' });
      i++;
    } else if (ch === '_') {
      out.push({ code: false, text: ' ' });
      i++;
    } else if (ch === '*') i++;
    else if (/[0#?.,%Ee+\-@yYmMdDhHsSaApP/:]/.test(ch)) out.push({ code: true, text: ch });
    else out.push({ code: false, text: ch });
  }
  return out;
}

function literal(section: string, text: string): string {
  return tokens(section.replace(/\[[^\]]*\]/g, ''))
    .map((t) => (t.code && t.text === '@' ? text : t.text))
    .join('');
}

function formatNumber(v: number, toks: Token[]): string {
  const isDigit = (t: Token) => t.code && /[0#?]/.test(t.text);
  const first = toks.findIndex(isDigit);
  if (first < 0) return toks.map((t) => t.text).join('');
  let last = first;
  toks.forEach((t, i) => {
    if (
      i > first &&
      t.code &&
      /[0#?.,]/.test(t.text) &&
      toks.slice(first, i).every((x) => x.code && /[0#?.,Ee+-]/.test(x.text))
    )
      last = i;
    if (i > first && t.code && /[Ee]/.test(t.text) && /[+-]/.test(toks[i + 1]?.text ?? ''))
      last = Math.max(
        last,
        i + 1 + toks.slice(i + 2).findIndex((x) => !isDigit(x)) + (toks.slice(i + 2).every(isDigit) ? toks.length : 0),
      );
  });
  last = Math.min(last, toks.length - 1);
  const pattern = toks
    .slice(first, last + 1)
    .map((t) => t.text)
    .join('');
  const percents = toks.filter((t) => t.code && t.text === '%').length;
  const [mantissa, exponent] = pattern.split(/[Ee][+-]/);
  const trailingCommas = /,+$/.exec(mantissa.split('.')[0])?.[0].length ?? 0;
  const [intPart, fracPart] = mantissa.replace(/,+$/, '').split('.');
  const decimals = (fracPart ?? '').replace(/[^0#?]/g, '').length;
  const minDecimals = (fracPart ?? '').replace(/[^0]/g, '').length;
  const minInt = intPart.replace(/[^0]/g, '').length;
  let n = (Math.abs(v) * 100 ** percents) / 1000 ** trailingCommas;
  let exp = 0;
  if (exponent !== undefined && n !== 0) {
    exp = Math.floor(Math.log10(n));
    n /= 10 ** exp;
  }
  const rounded = roundExcel(n, decimals);
  let [int, frac = ''] = rounded.toFixed(decimals).split('.');
  if (int === '0' && minInt === 0) int = '';
  int = int.padStart(minInt, '0');
  if (intPart.includes(',')) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  frac = frac.replace(/0+$/, '').padEnd(minDecimals, '0');
  let number = (v < 0 && rounded !== 0 ? '-' : '') + int + (fracPart !== undefined ? `.${frac}` : '');
  if (exponent !== undefined)
    number += `E${exp < 0 ? '-' : pattern.includes('E+') || pattern.includes('e+') ? '+' : ''}${String(Math.abs(exp)).padStart(exponent.length, '0')}`;
  const text = (ts: Token[]) => ts.map((t) => t.text).join('');
  return text(toks.slice(0, first)) + number + text(toks.slice(last + 1));
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function formatDate(v: number, toks: Token[]): string {
  const days = Math.floor(v);
  const seconds = Math.round((v - days) * 86400);
  const day = shownDay(days);
  const p = {
    y: day.year,
    m: day.month,
    d: day.day,
    wd: serialWeekday(days),
    h: Math.floor(seconds / 3600),
    mi: Math.floor(seconds / 60) % 60,
    s: seconds % 60,
  };
  // Runs of the same code letter: "yyyy", "m", "dd", "AM/PM" …; the rest is literal.
  const runs: { code?: string; text: string }[] = [];
  for (let i = 0; i < toks.length;) {
    const t = toks[i];
    const rest = toks
      .slice(i)
      .map((x) => (x.code ? x.text : '\u0000'))
      .join('');
    const ampm = /^(AM\/PM|A\/P)/i.exec(rest)?.[0];
    if (ampm) {
      runs.push({ code: 'ampm', text: ampm });
      i += ampm.length;
      continue;
    }
    const letter = t.code && /[yYmMdDhHsS]/.test(t.text) ? t.text.toLowerCase() : undefined;
    if (!letter) {
      runs.push({ text: t.text });
      i++;
      continue;
    }
    let len = 1;
    while (toks[i + len]?.code && toks[i + len].text.toLowerCase() === letter) len++;
    runs.push({ code: letter.repeat(len), text: '' });
    i += len;
  }
  const codes = runs.filter((r) => r.code);
  const twelve = codes.some((r) => r.code === 'ampm');
  return runs
    .map((r) => {
      const c = r.code;
      if (!c) return r.text;
      const k = codes.indexOf(r);
      const minute =
        c[0] === 'm' && c.length <= 2 && (codes[k - 1]?.code?.[0] === 'h' || codes[k + 1]?.code?.[0] === 's');
      const two = (n: number) => String(n).padStart(2, '0');
      if (c === 'ampm') return p.h < 12 ? (r.text.length > 3 ? 'AM' : 'A') : r.text.length > 3 ? 'PM' : 'P';
      if (c[0] === 'y') return c.length <= 2 ? two(p.y % 100) : String(p.y);
      if (minute) return c.length === 2 ? two(p.mi) : String(p.mi);
      if (c[0] === 'm')
        return c.length >= 5
          ? MONTHS[p.m - 1][0]
          : c.length === 4
            ? MONTHS[p.m - 1]
            : c.length === 3
              ? MONTHS[p.m - 1].slice(0, 3)
              : c.length === 2
                ? two(p.m)
                : String(p.m);
      if (c[0] === 'd')
        return c.length >= 4
          ? DAYS[p.wd]
          : c.length === 3
            ? DAYS[p.wd].slice(0, 3)
            : c.length === 2
              ? two(p.d)
              : String(p.d);
      if (c[0] === 'h') {
        const h = twelve ? ((p.h + 11) % 12) + 1 : p.h;
        return c.length >= 2 ? two(h) : String(h);
      }
      return c.length >= 2 ? two(p.s) : String(p.s);
    })
    .join('');
}
