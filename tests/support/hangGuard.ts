/**
 * A guard against a hang (catastrophic regex backtracking, a loop that never ends), not a claim about speed: speed
 * is printed by `npm run bench`, never asserted. The bound is far above any honest run on a loaded machine, and far
 * below what a backtracking blow-up takes.
 */
export const HANG_MS = 10_000;

/** Runs `work` and fails when it took longer than a hang's bound; returns what it returned. */
export function withoutHang<T>(work: () => T): T {
  const start = performance.now();
  const result = work();
  expect(performance.now() - start).toBeLessThan(HANG_MS);
  return result;
}
