/** A sheet name Excel accepts, like `wanted`, that no sheet in `taken` has (compared as Excel does, ignoring case). */
export function uniqueName(wanted: string, taken: string[]): string {
  // Excel sheet names: at most 31 characters, none of : \ / ? * [ ].
  const cleaned = wanted
    .replace(/[:\\/?*[\]]/g, '')
    .replace(/^'+|'+$/g, '')
    .slice(0, 31);
  const base = cleaned && cleaned.toLowerCase() !== 'history' ? cleaned : 'ZiPing';
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
