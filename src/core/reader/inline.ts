/** "一般公共预算：2967.76" → label and value; undefined when the cell holds no colon. */
export function splitInline(text: string): { label: string; value: string } | undefined {
  const folded = text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/^其中[:：]?/, '');
  const i = folded.indexOf(':');
  if (i <= 0) return undefined;
  return { label: folded.slice(0, i).replace(/\([^()]*\)/g, ''), value: folded.slice(i + 1) };
}
