import type { ReportRow } from './reportSheet';

export type TextRole = 'title' | 'heading' | 'body';

export interface ReportLine {
  role: TextRole;
  text: string;
}

/** The report as it stands, paragraph by paragraph, with each paragraph's role told by its id (or body). */
export function reportLines(rows: ReportRow[]): ReportLine[] {
  return rows
    .filter((r) => r.shown.trim() !== '')
    .map((r) => ({ role: r.id === 'title' ? 'title' : r.id && /^h\d/.test(r.id) ? 'heading' : 'body', text: r.shown }));
}

/** Plain text for pasting into Word: one paragraph a line, the title first. */
export function plainText(lines: ReportLine[]): string {
  return lines.map((l) => l.text).join('\n');
}
