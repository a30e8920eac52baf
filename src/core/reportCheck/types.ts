import type { Bilingual, FindingCode, Severity } from '../findings';

/** A [start, end) range of UTF-16 offsets into the whole report text. */
type Span = [number, number];

/** A figure the report states: "939.93万元", "20.91%", "902件", "100万", or a bare number in a money context. */
export interface Mention {
  /** As written, e.g. "939.93万元" (full-width digits and all). */
  text: string;
  /** The number as written, in its own unit. */
  value: number;
  /** The unit as written, full-width folded ("万元", "%", "户", "万"); absent for a bare number. */
  unit?: string;
  /** For a figure matched to the form, the quantity it names (基本支出, 预算执行率…). */
  label?: string;
  /** The sentence the figure stands in, trimmed. */
  sentence: string;
  span: Span;
}

export type ReportCode = Extract<FindingCode, `REPORT_${string}`>;

export interface ReportFinding {
  code: ReportCode;
  severity: Severity;
  sentence: string;
  /** The figure concerned. */
  span: Span;
  message: Bilingual;
  expected?: string;
  found?: string;
}

export interface ReportCheck {
  findings: ReportFinding[];
  /** Figures that name a quantity the form holds, whether they agree with it or not. */
  matched: Mention[];
  /** Every other figure: the form holds nothing to check them against. */
  unmatched: Mention[];
  /** The sheet the text came from, when the caller named one. */
  sheet?: string;
}

export interface ReportCheckOptions {
  /** The sheet (or cell range) the report text was taken from, carried into the result. */
  sheet?: string;
}
