/** A score for display: the engine has already rounded it as Excel does, so two decimals are exact. */
export function points(n: number): string {
  return n.toFixed(2);
}

/** The badge colour of each severity. */
export const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;
