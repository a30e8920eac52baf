import { Controller } from '../src/app/controller';
import { detectCapabilities } from '../src/addin/excel/capabilities';
import { ExcelGateway } from '../src/addin/excel/gateway';
import { layoutAnnex1 } from '../src/core/layout/writeAnnex1';
import { sampleForm } from '../src/core/templates';
import { ExcelDouble } from '../src/hosts/excelDouble';
import { INDICATOR_HEADER, INDICATORS, handProject } from '../tests/reader/handForms';
import { handLaid, span } from '../tests/support/handLaid';

/**
 * Bytes of JSON one edit of the form sends to Excel and gets back (the double counts them as Excel on the web
 * limits them: 5 MB each way), with a ledger sheet of `rows` × 10 cells beside the form. Goal: under 100 KB,
 * whatever the ledger's size.
 */
async function oneEdit(rows: number): Promise<{ read: number; written: number }> {
  const double = new ExcelDouble({ apiVersion: '1.18', sharedRuntime: true });
  const gateway = new ExcelGateway(double.host, detectCapabilities(double.host.isSetSupported));
  const controller = new Controller(gateway, { debounceMs: 1, year: 2022, lang: 'zh' });
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await double.idle();
      await controller.idle();
    }
  };
  await controller.start();
  await controller.insert('sample');
  await settle();
  double.addSheet('台账');
  const ledger = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: 10 }, (_, c) => (c === 0 ? `凭证${r + 1}号 办公用品采购` : (r * 10 + c) / 100)),
  );
  for (let top = 0; top < rows; top += 5000) double.user.paste('台账', `A${top + 1}`, ledger.slice(top, top + 5000));
  await settle();
  const first = layoutAnnex1(sampleForm(), 'x').positions.indicators[0];
  double.user.type('Sheet1', first.statedScore, null);
  await settle();
  double.resetPayload();
  double.user.type('Sheet1', first.actual, '9个');
  await settle();
  return { read: double.payloadBytes.response, written: double.payloadBytes.request };
}

/**
 * Round trips and bytes of the form continued on a second sheet (续表): 校验本表 of its first sheet the first time,
 * then an edit there (a 实际完成值 that misses its target: a score and a flag to write).
 */
async function continued(): Promise<{ action: string; syncs: number; read: number; written: number }[]> {
  const first = handProject({ indicators: INDICATORS.slice(0, 3), total: [null] }, '自评表');
  const rest = handLaid('续表', [
    [span('续表', 8)],
    INDICATOR_HEADER,
    ...INDICATORS.slice(3),
    [span('总分', 5), 100, 99.5, null],
  ]);
  const double = new ExcelDouble({ apiVersion: '1.18', sharedRuntime: true, sheets: ['自评表', '续表'] });
  for (const g of [first, rest])
    double.user.paste(
      g.name,
      'A1',
      Array.from(g.cells, (row) =>
        Array.from({ length: 8 }, (_, c) => {
          const v = row?.[c]?.value;
          return v === undefined || typeof v === 'object' ? null : v;
        }),
      ),
    );
  const gateway = new ExcelGateway(double.host, detectCapabilities(double.host.isSetSupported));
  const controller = new Controller(gateway, { debounceMs: 1, year: 2022, lang: 'zh' });
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await double.idle();
      await controller.idle();
    }
  };
  await controller.start();
  await settle();
  const measure = async (action: string, act: () => Promise<unknown> | void) => {
    double.resetSyncCount();
    await act();
    await settle();
    return {
      action,
      syncs: double.syncCount,
      read: double.payloadBytes.response,
      written: double.payloadBytes.request,
    };
  };
  double.activate('自评表');
  const validate = await measure('校验本表 (first time)', () => controller.validate());
  const actual = validate && controller.current.evaluation!.results[0].form.indicators[0].actual!.cell!;
  const edit = await measure('an edit', () => void double.user.type('自评表', actual, '100公里'));
  return [validate, edit];
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Prints one line per ledger size: `npm run bench:payload`, and part of `npm run bench`. */
export async function benchPayload(): Promise<void> {
  for (const rows of [2_000, 20_000]) {
    const { read, written } = await oneEdit(rows);
    console.log(
      `payload: one edit beside a ${rows.toLocaleString('en')}-row sheet: ${kb(read)} KB read, ${kb(written)} KB written`,
    );
  }
  for (const { action, syncs, read, written } of await continued())
    console.log(
      `payload: a form continued on a 续表, ${action} on its first sheet: ${syncs} round trips, ${kb(read)} KB read, ${kb(written)} KB written`,
    );
}

if (require.main === module) void benchPayload();
