/** Excel's ROUND: halves away from zero, on the 15 significant digits Excel keeps (ROUND(1.005,2) = 1.01). */
export function excelRound(x: number, digits: number): number {
  const d = Math.trunc(digits);
  const scale = 10 ** d;
  const raw = Math.abs(x) * scale;
  const clean = Number(raw.toPrecision(15));
  const out = (Math.sign(x) * Math.round(clean)) / scale;
  return out === 0 ? 0 : out;
}
