import { sentenceAt, type ReportText } from './text';
import { MONEY_AFTER, MONEY_WORDS, REFERENCE_WORDS, endsWithWord, isIdeograph, startsWithWord } from './words';

/** A figure found in the text: a number with its unit, or a bare number that may be an amount. */
export interface Figure {
  start: number;
  end: number;
  /** Where the number itself ends (before spaces, 余 and the unit). */
  numEnd: number;
  value: number;
  /** Decimals as written ("20.91%" → 2). */
  decimals: number;
  /** The unit as written, folded ("万元", "%", "户"); absent for a bare number. */
  unit?: string;
  /** What the figure measures: 'money', 'percent', 'area', or the counting unit ('户', '件'…); absent when unknown. */
  family?: string;
  /** Multiplies the value into the family's base (万元 → 10000 元). */
  factor: number;
  /** 万 or 亿 with no 元: money missing half its unit. */
  incomplete: boolean;
  sentence: number;
}

type UnitRow = [text: string, family: string, factor: number];

const COUNTS = [
  '人次',
  '个月',
  '户',
  '人',
  '个',
  '件',
  '份',
  '套',
  '间',
  '栋',
  '幢',
  '次',
  '条',
  '张',
  '幅',
  '家',
  '项',
  '名',
  '座',
  '处',
  '辆',
  '台',
  '所',
  '块',
  '批',
  '场',
  '篇',
  '本',
  '册',
  '盏',
  '株',
  '棵',
  '吨',
  '公里',
  '千米',
  '米',
  '天',
  '小时',
  '分钟',
  '周',
  '亩',
  '村',
  '分',
];

const UNITS: UnitRow[] = (
  [
    ['亿元', 'money', 1e8],
    ['万元', 'money', 1e4],
    ['千元', 'money', 1e3],
    ['元', 'money', 1],
    ['%', 'percent', 1],
    ['‰', 'percent', 0.1],
    ['个百分点', 'points', 1],
    ['百分点', 'points', 1],
    ['平方公里', 'area', 1e6],
    ['万平方米', 'area', 1e4],
    ['万平米', 'area', 1e4],
    ['万㎡', 'area', 1e4],
    ['平方米', 'area', 1],
    ['平米', 'area', 1],
    ['㎡', 'area', 1],
    ['m²', 'area', 1],
    ...COUNTS.map((u): UnitRow => [u, u, 1]),
    ...COUNTS.filter((u) => u !== '分').map((u): UnitRow => [`万${u}`, u, 1e4]),
  ] as UnitRow[]
).sort((a, b) => b[0].length - a[0].length);

/** Units by their first character, longest first. */
const UNITS_BY_FIRST = new Map<string, UnitRow[]>();
for (const row of UNITS) {
  const list = UNITS_BY_FIRST.get(row[0][0]);
  if (list) list.push(row);
  else UNITS_BY_FIRST.set(row[0][0], [row]);
}

/** Suffixes that make a number a date, a time or a name: never an amount. */
const NOT_FIGURE_AFTER = [
  '年',
  '月',
  '日',
  '号',
  '时',
  '点',
  '期',
  '厂',
  '届',
  '版',
  '楼',
  '路',
  '级',
  '型',
  '代',
  '季度',
  '岁',
];
const NUMBER = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g;
const SPACE = /[ \t]/;
const BRACKETS: Record<string, string> = { '（': '）', '(': ')', '【': '】', '〔': '〕', '[': ']', '［': '］' };
const SECTION_AFTER = /^[ ]*[、.．)）]/;

/** Every figure in the text, in order. Dates, years, ordinals, section numbers and references are left out. */
export function scanFigures(text: ReportText): Figure[] {
  const { norm } = text;
  const out: Figure[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(norm); m; m = NUMBER.exec(norm)) {
    const figure = figureAt(text, m.index, m[0]);
    if (figure) out.push(figure);
  }
  return out;
}

function figureAt(text: ReportText, start: number, digits: string): Figure | undefined {
  const { norm } = text;
  const numEnd = start + digits.length;
  const before = norm[start - 1];
  const after = norm[numEnd];
  // Part of something else: 1.2.3, G20, 2022-12-31, 12:30, 1/2; or an ordinal: 第3.
  if (before !== undefined && /[.A-Za-z_第]/.test(before)) return undefined;
  if (before !== undefined && /[-/:]/.test(before) && /\d/.test(norm[start - 2] ?? '')) return undefined;
  if (after !== undefined && /[-/:]/.test(after) && /\d/.test(norm[numEnd + 1] ?? '')) return undefined;
  const dot = digits.indexOf('.');
  const decimals = dot < 0 ? 0 : digits.length - dot - 1;
  const value = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(value)) return undefined;
  const sentence = sentenceAt(text, start);

  let i = numEnd;
  while (i < norm.length && SPACE.test(norm[i])) i++;
  if (norm[i] === '余' || norm[i] === '多') i++;
  const tail = norm.slice(i, i + 6);
  const row = UNITS_BY_FIRST.get(tail[0] ?? '')?.find((r) => tail.startsWith(r[0]));
  if (row) {
    const [unit, family, factor] = row;
    return { start, end: i + unit.length, numEnd, value, decimals, unit, family, factor, incomplete: false, sentence };
  }
  if (after !== undefined && /[A-Za-z_]/.test(after)) return undefined;
  const rest = norm.slice(numEnd, numEnd + 3);
  if (startsWithWord(rest, NOT_FIGURE_AFTER)) return undefined;
  if (tail[0] === '万' || tail[0] === '亿') {
    const factor = tail[0] === '万' ? 1e4 : 1e8;
    const money =
      !isIdeograph(tail[1]) || startsWithWord(tail.slice(1), MONEY_AFTER) !== undefined || moneyBefore(norm, start);
    return {
      start,
      end: i + 1,
      numEnd,
      value,
      decimals,
      unit: tail[0],
      family: money ? 'money' : undefined,
      factor,
      incomplete: money,
      sentence,
    };
  }
  if (isReference(text, start, numEnd)) return undefined;
  // A bare number running into a word (526厂区, 3四上) is a name, unless money words stand before it.
  if (isIdeograph(after) && !moneyBefore(norm, start)) return undefined;
  return { start, end: numEnd, numEnd, value, decimals, factor: 1, incomplete: false, sentence };
}

/** Ordinals （1）, section numbers "1、" at a line's start, bracketed numbers 【2020】, 附件2, 第3. */
function isReference(text: ReportText, start: number, end: number): boolean {
  const { norm } = text;
  let b = start - 1;
  while (b >= 0 && SPACE.test(norm[b])) b--;
  let a = end;
  while (a < norm.length && SPACE.test(norm[a])) a++;
  const open = norm[b];
  if (
    open !== undefined &&
    BRACKETS[open] !== undefined &&
    (norm[a] === BRACKETS[open] || ')）]】〕］'.includes(norm[a] ?? '#'))
  )
    return true;
  const lineStart = b < 0 || norm[b] === '\n' || norm[b] === '\r';
  if (lineStart && SECTION_AFTER.test(norm.slice(end, end + 3))) return true;
  return endsWithWord(norm.slice(Math.max(0, start - 4), start), REFERENCE_WORDS) !== undefined;
}

/** Whether money words stand right before a number ("资金100", "财政核减后为100万"), skipping 为/是/了/共. */
export function moneyBefore(norm: string, start: number): boolean {
  let p = norm.slice(Math.max(0, start - 12), start).replace(/[ ]+$/, '');
  for (let k = 0; k < 3; k++) {
    if (endsWithWord(p, MONEY_WORDS)) return true;
    const link = endsWithWord(p, ['为', '是', '了', '共', '计', '：', ':', '约']);
    if (!link) return false;
    p = p.slice(0, -link.length).replace(/[ ]+$/, '');
  }
  return false;
}
