import { ExcelDouble, WEB_PAYLOAD_LIMIT_BYTES, type WorksheetChangedArgs } from '../../src/hosts/excelDouble';
import { newDouble } from './support';

/** A block of `rows` × `cols` cells of 100 Chinese characters each: 300 bytes of UTF-8 a cell. */
function chineseBlock(rows: number, cols: number): string[][] {
  const text = '绩效自评'.repeat(25);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => text));
}

/** What a promise rejected with (fails the test if it resolved). */
async function rejection(p: Promise<unknown>): Promise<{ code?: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string };
  }
  throw new Error('expected a rejection');
}

describe('Excel on the web’s 5 MB per request and per response (payloadLimitBytes)', () => {
  // 2,000 × 10 cells of 300 bytes: 6 MB of values.
  const bigRows = 2000;
  const web = () => new ExcelDouble({ apiVersion: '1.18', payloadLimitBytes: WEB_PAYLOAD_LIMIT_BYTES });

  it('refuses a write of 6 MB in one sync (RequestPayloadSizeLimitExceeded) and applies none of it', async () => {
    const double = web();
    const error = await rejection(
      double.host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['before']];
        ctx.workbook.worksheets.getItem('Sheet1').getRange(`A2:J${bigRows + 1}`).values = chineseBlock(bigRows, 10);
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(double.inspect('Sheet1').value('A1')).toBe('');
    expect(double.payloadBytes.request).toBeGreaterThan(6_000_000);
  });

  it('writes the same 6 MB in two syncs of 3 MB', async () => {
    const double = web();
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange(`A1:J${bigRows / 2}`).values = chineseBlock(bigRows / 2, 10);
      await ctx.sync();
      ws.getRange(`A${bigRows / 2 + 1}:J${bigRows}`).values = chineseBlock(bigRows / 2, 10);
      await ctx.sync();
    });
    expect(double.inspect('Sheet1').value(`J${bigRows}`)).toBe('绩效自评'.repeat(25));
  });

  it('refuses to send back 6 MB of values read in one sync (ResponsePayloadSizeLimitExceeded); nothing is loaded', async () => {
    const double = web();
    double.user.paste('Sheet1', 'A1', chineseBlock(bigRows, 10));
    double.resetSyncCount();
    let readAfterFailure: unknown;
    const error = await rejection(
      double.host.run(async (ctx) => {
        const used = ctx.workbook.worksheets.getItem('Sheet1').getUsedRange();
        used.load('values');
        try {
          await ctx.sync();
        } catch (e) {
          readAfterFailure = (() => {
            try {
              return used.values;
            } catch (notLoaded) {
              return (notLoaded as { code: string }).code;
            }
          })();
          throw e;
        }
      }),
    );
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(readAfterFailure).toBe('PropertyNotLoaded');
    expect(double.payloadBytes.response).toBeGreaterThan(6_000_000);
  });

  it('reads the same sheet in chunks under the limit, and counts the bytes each way', async () => {
    const double = web();
    double.user.paste('Sheet1', 'A1', chineseBlock(bigRows, 10));
    double.resetSyncCount();
    const chunk = 1000;
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      for (let top = 1; top <= bigRows; top += chunk) {
        ws.getRange(`A${top}:J${top + chunk - 1}`).load('values');
        await ctx.sync();
      }
    });
    const { request, response } = double.payloadBytes;
    expect(response).toBeGreaterThan(6_000_000);
    expect(request).toBeLessThan(1_000);
    double.resetPayload();
    expect(double.payloadBytes).toEqual({ request: 0, response: 0 });
  });

  it('is the default: a double made without the option refuses the same 6 MB read', async () => {
    const double = newDouble();
    double.user.paste('Sheet1', 'A1', chineseBlock(bigRows, 10));
    const error = await rejection(
      double.host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getUsedRange().load('values');
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('has no limit with payloadLimitBytes: null (Excel on Windows and Mac document none)', async () => {
    const double = new ExcelDouble({ apiVersion: '1.18', payloadLimitBytes: null });
    double.user.paste('Sheet1', 'A1', chineseBlock(bigRows, 10));
    await double.host.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem('Sheet1').getUsedRange();
      used.load('rowCount,values');
      await ctx.sync();
      expect(used.rowCount).toBe(bigRows);
    });
  });
});

describe('getMergedAreasOrNullObject', () => {
  async function mergedAreas(count: number): Promise<number> {
    const double = newDouble('1.13');
    let areas = 0;
    await double.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      for (let i = 0; i < count; i++) ws.getRange(`A${i + 1}:B${i + 1}`).merge();
      await ctx.sync();
      const merged = ws.getRange('A:B').getMergedAreasOrNullObject();
      merged.load('areaCount');
      await ctx.sync();
      areas = merged.areaCount;
    });
    return areas;
  }

  it('returns 512 merged areas', async () => {
    expect(await mergedAreas(512)).toBe(512);
  });

  it('fails past 512 merged areas (documented; the code is not, the double says GeneralException)', async () => {
    expect((await rejection(mergedAreas(513))).code).toBe('GeneralException');
  });
});

describe('runtime.enableEvents, taking effect after the sync (enableEventsAfterSync)', () => {
  async function listen(double: ExcelDouble): Promise<WorksheetChangedArgs[]> {
    const seen: WorksheetChangedArgs[] = [];
    await double.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').onChanged.add(async (args) => {
        seen.push(args as unknown as WorksheetChangedArgs);
      });
      await ctx.sync();
    });
    return seen;
  }
  const strict = () => new ExcelDouble({ apiVersion: '1.18', enableEventsAfterSync: true });

  it('off and on again within one sync suppresses nothing (office-js#1786)', async () => {
    const double = strict();
    const seen = await listen(double);
    await double.host.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      ctx.runtime.enableEvents = true;
      await ctx.sync();
    });
    await double.idle();
    expect(seen.map((e) => e.address)).toEqual(['A1']);
  });

  it('off in one sync, the write in the next, on in a third: no event', async () => {
    const double = strict();
    const seen = await listen(double);
    await double.host.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await ctx.sync();
      ctx.runtime.enableEvents = true;
      await ctx.sync();
    });
    await double.idle();
    expect(seen).toEqual([]);
    expect(double.eventsEnabled).toBe(true);
  });

  it('is the default: off and on within one sync of a double made without the option suppresses nothing', async () => {
    const double = newDouble('1.18');
    const seen = await listen(double);
    await double.host.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      ctx.runtime.enableEvents = true;
      await ctx.sync();
    });
    await double.idle();
    expect(seen.map((e) => e.address)).toEqual(['A1']);
  });

  it('the write in the sync that turns events off still raises its event; the property reads false at once', async () => {
    const double = strict();
    const seen = await listen(double);
    await double.host.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      ctx.runtime.load('enableEvents');
      await ctx.sync();
      expect(ctx.runtime.enableEvents).toBe(false);
    });
    double.user.type('Sheet1', 'A2', 2);
    await double.idle();
    expect(seen.map((e) => e.address)).toEqual(['A1']);
  });

  it('with enableEventsAfterSync: false: off and on within one sync suppresses that sync’s events (more forgiving than Excel)', async () => {
    const double = new ExcelDouble({ apiVersion: '1.18', enableEventsAfterSync: false });
    const seen = await listen(double);
    await double.host.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      ctx.runtime.enableEvents = true;
      await ctx.sync();
    });
    await double.idle();
    expect(seen).toEqual([]);
  });
});

describe('Excel’s limits on a formula: 8,192 characters, 255 arguments to a function', () => {
  const write = (double: ExcelDouble, formula: string) =>
    double.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('B1').formulas = [[formula]];
      await ctx.sync();
    });
  // SUM of 132 groups (A1+…+A1) of 20 terms, and "+1" × n in the last: 8,188 + 2n characters after the "=".
  const sum = (n: number) => {
    const groups = Array.from({ length: 132 }, () => `(${Array(20).fill('A1').join('+')})`);
    groups[131] = `${groups[131]}${'+1'.repeat(n)}`;
    return `=SUM(${groups.join(',')})`;
  };
  const and = (n: number) => `=AND(${Array.from({ length: n }, () => 'A1=1').join(',')})`;

  it('takes a formula of 8,192 characters and a function of 255 arguments, as Excel does', async () => {
    const double = newDouble();
    double.user.type('Sheet1', 'A1', 1);
    expect(sum(2).length).toBe(1 + 8192);
    await write(double, sum(2));
    expect(double.inspect('Sheet1').value('B1')).toBe(132 * 20 + 2);
    await write(double, and(255));
    expect(double.inspect('Sheet1').value('B1')).toBe(true);
    // Commas inside a string literal or a nested call are not the outer function's.
    await write(double, `=AND(${Array.from({ length: 254 }, () => 'A1=1').join(',')},LEN("${','.repeat(300)}")=300)`);
    expect(double.inspect('Sheet1').value('B1')).toBe(true);
  });

  it('refuses one character or one argument more (InvalidArgument), as typed too', async () => {
    const double = newDouble();
    expect((await rejection(write(double, `${sum(2)}0`))).code).toBe('InvalidArgument');
    expect((await rejection(write(double, and(256)))).code).toBe('InvalidArgument');
    expect(double.user.type('Sheet1', 'B2', and(256))).toBe(false);
    expect(double.inspect('Sheet1').formulaOrValue('B1')).toBe('');
  });
});
