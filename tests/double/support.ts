import { ExcelDouble, type ApiVersion } from '../../src/hosts/excelDouble';

/** What a synchronous call threw (fails the test if it did not throw). */
export function thrown(fn: () => unknown): { code?: string; message: string; name?: string } {
  try {
    fn();
  } catch (e) {
    return e as { code?: string; message: string };
  }
  throw new Error('expected a throw');
}

export function newDouble(apiVersion: ApiVersion = '1.18', sheets?: string[]): ExcelDouble {
  return new ExcelDouble({ apiVersion, sheets });
}

/** Waits for a macrotask: events are delivered in one. */
export function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
