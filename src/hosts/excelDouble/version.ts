/** ExcelApi requirement-set versions the double can stand for. */
export type ApiVersion = '1.7' | '1.8' | '1.9' | '1.13' | '1.14' | '1.18' | '1.20';

/** Compares "1.10" and "1.9" as numbers per part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function atLeast(version: string, wanted: string): boolean {
  return compareVersions(version, wanted) >= 0;
}
