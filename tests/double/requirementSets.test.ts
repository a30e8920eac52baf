import type { ApiVersion, ExcelDouble, WorksheetChangedArgs } from '../../src/hosts/excelDouble';
import { newDouble } from './support';

/** Whether a batch runs, or fails with ApiNotFound (any other failure fails the test). */
async function runs(double: ExcelDouble, batch: (ctx: Excel.RequestContext) => Promise<void>): Promise<boolean> {
  try {
    await double.host.run(batch);
    return true;
  } catch (e) {
    if ((e as { code?: string }).code === 'ApiNotFound') return false;
    throw e;
  }
}

/** One change event of an add-in write to A1 of Sheet1, as a Sheet1 handler receives it. */
async function eventOfWrite(double: ExcelDouble): Promise<WorksheetChangedArgs> {
  const seen: WorksheetChangedArgs[] = [];
  await double.host.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Sheet1').onChanged.add(async (args) => {
      seen.push(args as unknown as WorksheetChangedArgs);
    });
    await ctx.sync();
  });
  await double.host.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    await ctx.sync();
  });
  await double.idle();
  return seen[0];
}

/** What the double offers at a version, probed through the API as an add-in would use it. */
async function offered(version: ApiVersion): Promise<Record<string, boolean>> {
  const d = () => newDouble(version);
  const undoable = d();
  undoable.user.type('Sheet1', 'B1', 1);
  await undoable.host.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    await ctx.sync();
  });
  const event = await eventOfWrite(d());
  return {
    'Runtime.enableEvents': await runs(d(), async (ctx) => {
      ctx.runtime.enableEvents = false;
      await ctx.sync();
    }),
    'Range.dataValidation': await runs(d(), async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.load('rule');
      await ctx.sync();
    }),
    'WorksheetCollection.onChanged': await runs(d(), async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async () => undefined);
      await ctx.sync();
    }),
    'Worksheet.pageLayout': await runs(d(), async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').pageLayout.load('orientation');
      await ctx.sync();
    }),
    'WorksheetChangedEventArgs.details': event.details !== undefined,
    'Range.getMergedAreasOrNullObject': await runs(d(), async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').getMergedAreasOrNullObject().load('address');
      await ctx.sync();
    }),
    'WorksheetChangedEventArgs.triggerSource': 'triggerSource' in event,
    'Worksheet.notes': await runs(d(), async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').notes.load('items');
      await ctx.sync();
    }),
    'add-in writes on the undo stack': undoable.user.undo(),
  };
}

// From Microsoft's reference (the "[Api set: ExcelApi x.y]" of each member) and the undo article for 1.20.
const SINCE: Record<string, string> = {
  'Runtime.enableEvents': '1.8',
  'Range.dataValidation': '1.8',
  'WorksheetCollection.onChanged': '1.9',
  'Worksheet.pageLayout': '1.9',
  'WorksheetChangedEventArgs.details': '1.9',
  'Range.getMergedAreasOrNullObject': '1.13',
  'WorksheetChangedEventArgs.triggerSource': '1.14',
  'Worksheet.notes': '1.18',
  'add-in writes on the undo stack': '1.20',
};

const VERSIONS: ApiVersion[] = ['1.7', '1.8', '1.9', '1.13', '1.14', '1.18', '1.20'];
const asNumber = (v: string) => v.split('.').reduce((n, part, i) => n + Number(part) / 100 ** i, 0);

describe('requirement sets: the double offers exactly what each ExcelApi version has', () => {
  it.each(VERSIONS)('ExcelApi %s', async (version) => {
    const expected = Object.fromEntries(
      Object.entries(SINCE).map(([api, since]) => [api, asNumber(version) >= asNumber(since)]),
    );
    expect(await offered(version)).toEqual(expected);
  });
});
