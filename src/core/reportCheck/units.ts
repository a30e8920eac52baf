import type { Figure } from './figures';
import { moneyBefore } from './figures';
import { unitMissingMessage } from './messages';
import { finding, quoteOf, written, writtenNumber, type Scan } from './scan';
import type { ReportFinding } from './types';

/**
 * REPORT_UNIT_MISSING: an amount written without its full unit where the amounts around it have one —
 * "100万" (万 with no 元), or a bare number right after money words ("资金100"), when another figure of the same
 * sentence (else of the same paragraph) carries a full money unit. Counts with their own units, dates, years,
 * ordinals and section numbers are never amounts (the scanner leaves them out). A part written in 元 among parts
 * in 万元 is the parts check's to flag, since only the sum shows it is wrong.
 */
export function checkUnits(scan: Scan, skip: Set<number>): ReportFinding[] {
  const out: ReportFinding[] = [];
  const { figures, text } = scan;
  const bySentence = new Map<number, Figure[]>();
  const byParagraph = new Map<number, Figure[]>();
  for (const g of figures) {
    if (g.family !== 'money' || g.incomplete || g.unit === undefined || g.sentence < 0) continue;
    push(bySentence, g.sentence, g);
    push(byParagraph, text.sentences[g.sentence].paragraph, g);
  }
  figures.forEach((f, index) => {
    if (skip.has(index) || f.sentence < 0) return;
    const bareMoney = f.unit === undefined && moneyBefore(text.norm, f.start);
    if (!(f.incomplete || bareMoney)) return;
    const unit = commonest(bySentence.get(f.sentence) ?? byParagraph.get(text.sentences[f.sentence].paragraph) ?? []);
    if (!unit) return;
    const figure = written(scan, f);
    const expected = f.incomplete ? `${writtenNumber(scan, f)}${f.unit}元` : `${writtenNumber(scan, f)}${unit}`;
    out.push(
      finding(
        scan,
        'REPORT_UNIT_MISSING',
        f,
        unitMissingMessage(quoteOf(scan, f), figure, unit, expected),
        expected,
        figure,
      ),
    );
  });
  return out;
}

function push(map: Map<number, Figure[]>, key: number, f: Figure): void {
  const list = map.get(key);
  if (list) list.push(f);
  else map.set(key, [f]);
}

/** The unit most used by a group of figures (the first such when tied). */
function commonest(group: Figure[]): string | undefined {
  const counts = new Map<string, number>();
  for (const g of group.slice(0, 200)) counts.set(g.unit!, (counts.get(g.unit!) ?? 0) + 1);
  let best: string | undefined;
  for (const [unit, n] of counts) if (best === undefined || n > counts.get(best)!) best = unit;
  return best;
}
