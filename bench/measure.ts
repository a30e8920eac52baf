/** Median and worst of `runs` timings of `fn`, in milliseconds, after a warm-up. */
export function time(fn: () => void, runs: number): { median: number; worst: number } {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], worst: samples[samples.length - 1] };
}

export function row(...cells: (string | number)[]): string {
  return cells
    .map((c, i) =>
      (typeof c === 'number' ? (Number.isInteger(c) ? String(c) : c.toFixed(c < 10 ? 3 : 1)) : c).padStart(
        i === 0 ? 18 : 14,
      ),
    )
    .join('');
}
