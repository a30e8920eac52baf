import { FINDING_CODES, type Bilingual } from '../findings';
import { scanFigures, type Figure } from './figures';
import { contextOf, type FigureContext } from './labels';
import { clauseStart, readText, sentenceStart, sentenceText, type ReportText } from './text';
import type { ReportCode, ReportFinding } from './types';

/** The report read once: its text, its figures in order, and what the words before each say. */
export interface Scan {
  text: ReportText;
  figures: Figure[];
  contexts: FigureContext[];
  /** Each sentence's text, cut once (a long sentence is quoted by many figures). */
  sentenceTexts: (string | undefined)[];
}

export function scanReport(raw: string): Scan {
  const text = readText(raw);
  const figures = scanFigures(text);
  const contexts = figures.map((f) => {
    const floor = f.sentence >= 0 ? text.sentences[f.sentence].start : 0;
    return contextOf(text.norm, clauseStart(text.norm, f.start, floor), f.start);
  });
  return { text, figures, contexts, sentenceTexts: [] };
}

/** The figure as written ("939.93万元"). */
export function written(scan: Scan, f: Figure): string {
  return scan.text.raw.slice(f.start, f.end);
}

/** The number of a figure as written, without its unit. */
export function writtenNumber(scan: Scan, f: Figure): string {
  return scan.text.raw.slice(f.start, f.numEnd);
}

export function sentenceOf(scan: Scan, f: Figure): string {
  const s = scan.text.sentences[f.sentence];
  if (!s) return '';
  return (scan.sentenceTexts[f.sentence] ??= sentenceText(scan.text, s));
}

/** The beginning of the figure's sentence, for messages. */
export function quoteOf(scan: Scan, f: Figure): string {
  return sentenceStart(sentenceOf(scan, f));
}

export function finding(
  scan: Scan,
  code: ReportCode,
  f: Figure,
  message: Bilingual,
  expected?: string,
  found?: string,
): ReportFinding {
  const out: ReportFinding = {
    code,
    severity: FINDING_CODES[code].severity,
    sentence: sentenceOf(scan, f),
    span: [f.start, f.end],
    message,
  };
  if (expected !== undefined) out.expected = expected;
  if (found !== undefined) out.found = found;
  return out;
}
