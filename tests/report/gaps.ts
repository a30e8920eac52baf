import { MARK_PATTERN } from '../../src/core/report/words';

/**
 * Where a draft breaks the gap style (annex2.md: a gap stands for the whole figure, unit and all; a figure computed
 * from a missing one is left out): a unit or measure word right after a gap (【请填写：全年预算数】万元, 【…】个,
 * [to fill in: …] (10,000 yuan)) and a rate with a gap for its value (预算执行率【请填写：全年预算数】, an execution
 * rate of [to fill in: …]). Each as the gap with a few characters around it.
 */
export function gapStyleBreaks(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(new RegExp(MARK_PATTERN.source, 'g'))) {
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const unitAfter = /^(?:亿元|万元|元|%|个|人|户|(?: \(10,000 yuan\)| \(100 million yuan\)| yuan))/.test(after);
    const rateBefore = /率(?:为|是)?$|rate (?:of|was) $/.test(before);
    if (unitAfter || rateBefore) out.push(`${before}${m[0]}${after.slice(0, 6)}`);
  }
  return out;
}
