import { FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import { formatValue } from './numberFormat';
import { roundExcel } from '../../core/round';

/** Where HyperFormula's functions differ from Excel's in ways forms meet, Excel's versions. */

/** HyperFormula rounds halves of binary fractions down (ROUND(1.005,2) = 1, ROUND(0.285,2) = 0.28); Excel does not. */
class ExcelRoundPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    ROUND: {
      method: 'round',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
  };

  round(ast: { args: unknown[] }, state: unknown) {
    return this.runFunction(ast.args as never, state as never, this.metadata('ROUND'), (x: number, d: number) =>
      roundExcel(x, d),
    );
  }
}

/**
 * HyperFormula's TEXT mishandles percent and thousands formats (TEXT(0.1234,"0.00%") = "0.12%",
 * TEXT(1234.5,"#,##0.00") = "1235,##0.00") and refuses text (#VALUE! where Excel returns the text).
 */
class ExcelTextPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    TEXT: {
      method: 'text',
      parameters: [{ argumentType: FunctionArgumentType.SCALAR }, { argumentType: FunctionArgumentType.STRING }],
    },
  };

  text(ast: { args: unknown[] }, state: unknown) {
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata('TEXT'),
      (value: unknown, format: string) => {
        if (typeof value === 'number' || typeof value === 'boolean') return formatValue(value, format);
        if (typeof value === 'string') {
          const n = value.trim() === '' ? NaN : Number(value);
          return formatValue(Number.isFinite(n) ? n : value, format);
        }
        // An error (HyperFormula's CellError) goes through; an empty cell is 0.
        if (typeof value === 'object' && value !== null) return value as never;
        return formatValue(0, format);
      },
    );
  }
}

let registered = false;
export function registerExcelFunctions(): void {
  if (registered) return;
  // Global registrations: they replace ROUND and TEXT for every HyperFormula instance of this JavaScript realm.
  HyperFormula.registerFunctionPlugin(ExcelRoundPlugin, { enGB: { ROUND: 'ROUND' } });
  HyperFormula.registerFunctionPlugin(ExcelTextPlugin, { enGB: { TEXT: 'TEXT' } });
  registered = true;
}
