import { isHeadingId } from './draft';
import type { ReportRow } from './reportSheet';

type TextRole = 'title' | 'heading' | 'body';

export interface ReportLine {
  role: TextRole;
  text: string;
}

/** The report as it stands, paragraph by paragraph, with each paragraph's role told by its id (or body). */
export function reportLines(rows: ReportRow[]): ReportLine[] {
  return rows
    .filter((r) => r.shown.trim() !== '')
    .map((r) => ({ role: r.id === 'title' ? 'title' : isHeadingId(r.id) ? 'heading' : 'body', text: r.shown }));
}

/** Plain text for pasting into Word: one paragraph a line, the title first. */
export function plainText(lines: ReportLine[]): string {
  return lines.map((l) => l.text).join('\n');
}

/**
 * The lines of a report as it stands, without a spreadsheet to compute it: ZiPing's own paragraphs rendered from
 * the figures (what Excel shows for their formulas), the user's as they wrote them.
 */
export function linesAsItStands(
  block: string[][],
  drafted: { id: string; text: string; formula?: string }[],
  rows: ReportRow[],
): ReportLine[] {
  const out: ReportRow[] = shownRows(block, drafted, rows)
    .filter((r) => r.id !== '' || r.content !== '')
    .map((r) => ({ id: r.id || undefined, content: r.content, shown: r.text }));
  return reportLines(out);
}

/** Each row of a merged block with what it shows (row i of the block stands in row i + 2 of the sheet). */
export function shownRows(
  block: string[][],
  drafted: { id: string; text: string; formula?: string }[],
  rows: ReportRow[],
): { id: string; content: string; text: string }[] {
  const byId = new Map(drafted.map((p) => [p.id, p]));
  const shownByContent = new Map(rows.map((r) => [`${r.id ?? ''}\u0000${r.content}`, r.shown]));
  return block.map(([id, content]) => {
    const mine = byId.get(id);
    const fromDraft = mine && (mine.formula ? `=${mine.formula}` : mine.text) === content;
    const text = fromDraft
      ? mine.text
      : (shownByContent.get(`${id}\u0000${content}`) ?? (content.startsWith('=') ? '' : content));
    return { id, content, text };
  });
}
