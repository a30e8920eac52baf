/**
 * The report text as the checker walks it: a folded copy of the same length (full-width digits, ．and ％
 * made ASCII, so that every offset still points into the original), its sentences and its paragraphs.
 */
interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

export interface ReportText {
  raw: string;
  /** `raw` with ０-９ ． ％ and odd spaces folded one character for one: offsets are shared. */
  norm: string;
  sentences: Sentence[];
  /** Where each line (paragraph) starts, in order. */
  lineStarts: number[];
}

/** Ends a sentence: 。；; ！!？? and line breaks. */
const SENTENCE_END = /[。；;！!？?\n\r]/;
/** Ends a clause inside a sentence (where the label of a figure is looked for). */
const CLAUSE_END = /[。；;！!？?\n\r，,、]/;
const PARAGRAPH_END = /[\n\r]/;

export function fold(raw: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    let mapped: string | undefined;
    if (c >= 0xff10 && c <= 0xff19) mapped = String.fromCharCode(c - 0xff10 + 48);
    else if (c === 0xff0e) mapped = '.';
    else if (c === 0xff05) mapped = '%';
    else if (c === 0x3000 || c === 0xa0 || c === 0x09) mapped = ' ';
    if (mapped !== undefined) changed = true;
    out += mapped ?? raw[i];
  }
  return changed ? out : raw;
}

export function readText(raw: string): ReportText {
  const norm = fold(raw);
  const sentences: Sentence[] = [];
  const lineStarts = [0];
  let start = 0;
  let paragraph = 0;
  for (let i = 0; i <= norm.length; i++) {
    const ch = i < norm.length ? norm[i] : '\n';
    if (!SENTENCE_END.test(ch)) continue;
    if (i > start) sentences.push({ start, end: i, paragraph });
    if (PARAGRAPH_END.test(ch)) {
      paragraph++;
      if (i < norm.length) lineStarts.push(i + 1);
    }
    start = i + 1;
  }
  return { raw, norm, sentences, lineStarts };
}

/** Where the line holding `offset` starts. */
export function lineStartOf(text: ReportText, offset: number): number {
  const starts = text.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo];
}

/** The sentence holding an offset (binary search); -1 when it falls on a separator. */
export function sentenceAt(text: ReportText, offset: number): number {
  let lo = 0;
  let hi = text.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = text.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Where the clause holding `offset` starts, never before `floor`. */
export function clauseStart(norm: string, offset: number, floor: number): number {
  let i = offset;
  while (i > floor && !CLAUSE_END.test(norm[i - 1])) i--;
  return i;
}

/** A sentence as the findings quote it: its text, trimmed. */
export function sentenceText(text: ReportText, s: Sentence): string {
  return text.raw.slice(s.start, s.end).trim();
}

/** The beginning of a sentence, for messages. */
export function sentenceStart(sentence: string, length = 16): string {
  const head = sentence.slice(0, 2 * length + 40);
  const oneLine = head.replace(/\s+/g, ' ');
  let cut = Math.min(length, oneLine.length);
  // Never cut a number in two: "…项目支出16273.88…", not "…项目支出16273.8…".
  while (
    cut < oneLine.length &&
    cut < length + 16 &&
    /[\d.,０-９．]/.test(oneLine[cut]) &&
    /[\d０-９]/.test(oneLine[cut - 1] + oneLine[cut])
  )
    cut++;
  return cut < oneLine.length || head.length < sentence.length ? `${oneLine.slice(0, cut)}…` : oneLine;
}
