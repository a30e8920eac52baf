/** Formula text: what HyperFormula is given and gives back, Excel's limits on it, and moving references. */

import {
  EXCEL_FORMULA_CHARS as MAX_FORMULA_CHARS,
  EXCEL_FUNCTION_ARGS as MAX_FUNCTION_ARGS,
} from '../../core/excelLimits';

/*
 * Excel's limits are stated once, in core (excelLimits.ts, with their sources); the double counts a formula against them
 * on its own, as Excel would: "Excel restricts the contents of [ST_Formula] to be at most 8192 characters"
 * (MS-OI29500 2.1.1085), so without the leading "=", as the file stores a formula.
 */

/**
 * Whether Excel would take the formula ("=…") for its size: at most MAX_FORMULA_CHARS characters after the "=",
 * and no function given more than MAX_FUNCTION_ARGS arguments. One pass over the text: string literals and quoted
 * sheet names are skipped, and commas are counted per parenthesis that follows a function's name.
 */
export function withinFormulaLimits(formula: string): boolean {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  if (body.length > MAX_FORMULA_CHARS) return false;
  // Per open bracket: its commas, or -1 when it is not a function's (a group, or an array constant's brace).
  const commas: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '"' || ch === "'") {
      i++;
      while (i < body.length && (body[i] !== ch || body[i + 1] === ch)) i += body[i] === ch ? 2 : 1;
    } else if (ch === '(') commas.push(i > 0 && /[A-Za-z0-9_.]/.test(body[i - 1]) ? 0 : -1);
    else if (ch === '{') commas.push(-1);
    else if (ch === ')' || ch === '}') commas.pop();
    else if (ch === ',' && commas.length > 0 && commas[commas.length - 1] >= 0) {
      if (++commas[commas.length - 1] + 1 > MAX_FUNCTION_ARGS) return false;
    }
  }
  return true;
}

/** Applies `fn` to the parts of a formula outside string literals and quoted sheet names. */
export function mapOutsideStrings(formula: string, fn: (code: string) => string): string {
  let out = '';
  let code = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      out += fn(code);
      code = '';
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else {
      code += ch;
      i++;
    }
  }
  return out + fn(code);
}

/**
 * Stands for a quote inside a string literal while HyperFormula holds the formula: Excel writes it doubled
 * ("a""b"), which HyperFormula's parser refuses. A private-use character no form holds.
 */
export const ENGINE_QUOTE = '\uE000';

/** Doubled quotes inside string literals, as Excel writes them ("" within "…"), in either direction. */
function mapQuotesInLiterals(formula: string, from: string, to: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, (lit) => `"${lit.slice(1, -1).split(from).join(to)}"`);
}

/** Excel formula text → HyperFormula's: bare TRUE/FALSE become TRUE()/FALSE(), 1E3 becomes 1000, "" in a literal ENGINE_QUOTE. */
export function toEngineFormula(formula: string): string {
  return mapOutsideStrings(mapQuotesInLiterals(formula, '""', ENGINE_QUOTE), (code) =>
    code
      .replace(
        /(^|[^A-Za-z0-9_.!$])(TRUE|FALSE)(?![A-Za-z0-9_.(!])/gi,
        (_m, pre: string, word: string) => `${pre}${word.toUpperCase()}()`,
      )
      .replace(
        /(^|[^A-Za-z0-9_.$])(\d+(?:\.\d*)?|\.\d+)[eE]([+-]?\d+)(?![A-Za-z0-9_(])/g,
        (m, pre: string, mant: string, exp: string) => {
          const n = Number(`${mant}e${exp}`);
          const plain = String(n);
          return Number.isFinite(n) && !/e/i.test(plain) ? `${pre}${plain}` : m;
        },
      ),
  );
}

/** HyperFormula's formula text → Excel's (TRUE() → TRUE). */
export function fromEngineFormula(formula: string): string {
  return mapOutsideStrings(mapQuotesInLiterals(formula, ENGINE_QUOTE, '""'), (code) =>
    code.replace(/(^|[^A-Za-z0-9_.])(TRUE|FALSE)\(\)/g, '$1$2'),
  );
}

/** Moves the relative references of a formula by (rows, cols), as Excel does for a conditional format's cells. */
export function shiftReferences(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return mapOutsideStrings(formula, (code) =>
    code.replace(
      /(^|[^A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g,
      (m, pre: string, dc: string, letters: string, dr: string, digits: string) => {
        let col = 0;
        for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
        const newCol = dc ? col : col + cols;
        const newRow = dr ? Number(digits) : Number(digits) + rows;
        if (newCol < 1 || newRow < 1) return `${pre}#REF!`;
        let name = '';
        for (let n = newCol; n > 0; n = Math.floor((n - 1) / 26))
          name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
        return `${pre}${dc}${name}${dr}${newRow}`;
      },
    ),
  );
}
