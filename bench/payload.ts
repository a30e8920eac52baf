import { Controller } from '../src/app/controller';
import { detectCapabilities } from '../src/addin/excel/capabilities';
import { ExcelGateway } from '../src/addin/excel/gateway';
import { layoutAnnex1 } from '../src/core/layout/writeAnnex1';
import { sampleForm } from '../src/core/templates';
import { ExcelDouble } from '../src/hosts/excelDouble';

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

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Prints one line per ledger size: `npm run bench:payload`, and part of `npm run bench`. */
export async function benchPayload(): Promise<void> {
  for (const rows of [2_000, 20_000]) {
    const { read, written } = await oneEdit(rows);
    console.log(
      `payload: one edit beside a ${rows.toLocaleString('en')}-row sheet: ${kb(read)} KB read, ${kb(written)} KB written`,
    );
  }
}

if (require.main === module) void benchPayload();
