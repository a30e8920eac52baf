import type { FindingCode, Severity } from '../../src/core/findings';

/** A value as the published page shows it: a number where it shows a number, text where it shows text. */
export type Value = string | number | null;

/** One table cell of the published form, spanning columns (c) and rows (r) as the page's table does. */
export interface Spanned {
  v: Value;
  c?: number;
  r?: number;
  /** Excel number format, only where the published file itself was a spreadsheet holding a formatted number. */
  fmt?: string;
}

/** A row as the page's table lists it: cells left to right, skipping places taken by a cell spanning down from above. */
export type Row = (Value | Spanned)[];

export interface CorpusSheet {
  name: string;
  rows: Row[];
}

export type FormKind = 'department' | 'project';

export interface CorpusForm {
  /** File name stem: province-place-unit-year, ASCII. */
  id: string;
  unit: string;
  /** The year evaluated; null only where the page does not show it. */
  year: number | null;
  province: string;
  kind: FormKind;
  /** The address the form was transcribed from. */
  source: string;
  /** True when the page showed only the opening of the form: the rows after the cut are absent, never invented. */
  partial: boolean;
  /** What is unusual about the template, and what was read with judgement (OCR, converted script…). */
  notes: string;
  sheets: CorpusSheet[];
  expectations: Expectation[];
}

interface Common {
  /** Unique within the form; the corpus-wide id is `${form.id}/${id}`. */
  id: string;
  /** Why, in one line, from the rules. */
  reason: string;
}

/** A finding code of rules.md: the contract (each one an entry of FINDING_CODES). */
export type SpecCode = FindingCode;

/** Which findings an expectation is about. Every given field must match. */
export interface Where {
  code: SpecCode | SpecCode[];
  /** Exact A1 cell. */
  cell?: string;
  /** 1-based row (as in A1). */
  row?: number;
  /** Column letters (as in A1). */
  column?: string;
  /** Text the finding's 三级指标 contains. */
  indicator?: string;
  /** Text the finding's Chinese message contains (any of them): for a FIELD_MISSING, the label it names. */
  about?: string | string[];
}

/** A finding that must be reported. */
export interface Must extends Common, Where {
  kind: 'must';
}

/** Findings that must not be reported: none, or no more than `atMost`. */
export interface MustNot extends Common, Where {
  kind: 'mustNot';
  atMost?: number;
}

/** The form is read and holds no finding of this severity (default: error). */
export interface Quiet extends Common {
  kind: 'quiet';
  severity?: Severity;
}

export type Expectation = Must | MustNot | Quiet;
