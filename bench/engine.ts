import { layoutAnnex1 } from '../src/core/layout/writeAnnex1';
import { formFromJson } from '../src/core/json/fromJson';
import { checkForm } from '../src/core/check';
import { clearReadCache } from '../src/core/values';
import { checkFormsOnSheet } from '../src/core/workbook';
import { benchForm } from '../tests/support/generate';
import { row, time } from './measure';

/** Checking forms of 10 to 10,000 indicators: the checks alone, and reading a sheet plus checking it. */
export function benchEngine(): void {
  console.log('Engine — per form (median of runs; goal: 10,000 indicators under 50 ms, linear)');
  console.log(row('indicators', 'check ms', 'µs/indicator', 'recheck ms', 'read+check ms', 'µs/indicator', 'worst ms'));
  console.log(
    '  check: the rules on a form model, no text read before; recheck: the same with its texts already read (as on',
  );
  console.log(
    '  each edit in the add-in); read+check: finding the form on a sheet by its labels, then the rules, cold',
  );
  for (const n of [10, 100, 1000, 10000]) {
    const data = benchForm(n);
    const grid = layoutAnnex1(data, 'bench').grid;
    const runs = n >= 10000 ? 15 : n >= 1000 ? 40 : 200;
    // A fresh form model for every run, built beforehand: only the checks are timed.
    const forms = Array.from({ length: runs + 1 }, () => formFromJson(data, 'bench'));
    let next = 0;
    const checkOnce = (cold: boolean) => () => {
      if (cold) clearReadCache();
      const form = forms[next++ % forms.length];
      if ('error' in form) throw new Error(form.error.en);
      checkForm(form);
    };
    const check = time(checkOnce(true), runs);
    const warm = time(checkOnce(false), runs);
    clearReadCache();
    const full = time(() => {
      clearReadCache();
      const { results } = checkFormsOnSheet(grid);
      if (results[0].form.indicators.length !== n) throw new Error('bench form misread');
    }, runs);
    console.log(
      row(
        String(n),
        check.median,
        (check.median * 1000) / n,
        warm.median,
        full.median,
        (full.median * 1000) / n,
        full.worst,
      ),
    );
  }
}
