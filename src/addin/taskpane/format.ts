/** A score for display: the engine has already rounded it as Excel does, so two decimals are exact. */
export function points(n: number): string {
  return n.toFixed(2);
}
