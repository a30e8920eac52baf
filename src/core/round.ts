/**
 * Rounds as Excel's ROUND does: halves away from zero, and decimal inputs such as 1.005 treated as written
 * (ROUND(1.005,2) = 1.01), which `Math.round(x * 100) / 100` gets wrong. Excel keeps 15 significant digits;
 * so does this, before rounding. Negative digits round to tens, hundreds… (ROUND(1250,-2) = 1300).
 */
export function roundExcel(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  digits = Math.min(Math.max(-15, Math.trunc(digits)), 15);
  // Beyond 15 significant digits there is nothing left to round (and scaling could overflow to Infinity).
  if (Math.abs(value) >= 1e15) return value;
  const sign = value < 0 ? -1 : 1;
  // Powers of ten below 1 are inexact in binary: negative digits divide by 10^-digits instead.
  const scale = 10 ** Math.abs(digits);
  const raw = digits >= 0 ? Math.abs(value) * scale : Math.abs(value) / scale;
  const fraction = raw - Math.floor(raw);
  // Only a value within binary noise of a half needs Excel's 15-digit clean-up (toPrecision is slow).
  const shifted = Math.abs(fraction - 0.5) > 1e-6 ? raw : Number(raw.toPrecision(15));
  const rounded = sign * Math.round(shifted);
  return (digits >= 0 ? rounded / scale : rounded * scale) + 0;
}
