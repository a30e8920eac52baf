import { contains, subtract, type Rect } from '../address';
import { fail } from '../errors';
import { ClientObject, type ProxyContext, type RangeProxy } from '../proxy';
import {
  DEFAULT_ALERT,
  DEFAULT_PROMPT,
  type SheetModel,
  type ValidationAlert,
  type ValidationModel,
  type ValidationPrompt,
  type ValidationRuleModel,
} from '../sheet';

const KINDS: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  textLength: 'TextLength',
  date: 'Date',
  time: 'Time',
  list: 'List',
  custom: 'Custom',
};
const OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqualTo',
  'LessThanOrEqualTo',
];

/** Checks an Excel.DataValidationRule as Excel does: one kind, its operator and formulas; list sources ≤ 255 characters. */
function checkRule(rule: unknown): ValidationRuleModel {
  if (typeof rule !== 'object' || rule === null) throw fail.invalidArgument('dataValidation.rule');
  const entries = Object.entries(rule as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null);
  if (entries.length !== 1 || !(entries[0][0] in KINDS))
    throw fail.invalidArgument('dataValidation.rule: exactly one kind of rule');
  const [kind, body] = entries[0];
  if (typeof body !== 'object' || body === null) throw fail.invalidArgument(`dataValidation.rule.${kind}`);
  const b = body as Record<string, unknown>;
  if (kind === 'list') {
    if (typeof b.source !== 'string' && typeof b.source !== 'object')
      throw fail.invalidArgument('dataValidation.rule.list.source');
    if (typeof b.source === 'string' && (b.source.length === 0 || b.source.length > 255))
      throw fail.invalidArgument('dataValidation.rule.list.source (1 to 255 characters)');
    return {
      list: {
        inCellDropDown: b.inCellDropDown !== false,
        source: typeof b.source === 'string' ? b.source : String(b.source),
      },
    };
  }
  if (kind === 'custom') {
    if (typeof b.formula !== 'string') throw fail.invalidArgument('dataValidation.rule.custom.formula');
    return { custom: { formula: b.formula } };
  }
  if (typeof b.operator !== 'string' || !OPERATORS.includes(b.operator))
    throw fail.invalidArgument(`dataValidation.rule.${kind}.operator`);
  if (b.formula1 === undefined || b.formula1 === null || b.formula1 === '')
    throw fail.invalidArgument(`dataValidation.rule.${kind}.formula1`);
  const between = b.operator === 'Between' || b.operator === 'NotBetween';
  if (between && (b.formula2 === undefined || b.formula2 === null || b.formula2 === ''))
    throw fail.invalidArgument(`dataValidation.rule.${kind}.formula2`);
  return { [kind]: { operator: b.operator, formula1: b.formula1, ...(between ? { formula2: b.formula2 } : {}) } };
}

function checkPrompt(p: unknown): ValidationPrompt {
  if (typeof p !== 'object' || p === null) throw fail.invalidArgument('dataValidation.prompt');
  const v = { ...DEFAULT_PROMPT, ...(p as Partial<ValidationPrompt>) };
  // Excel's limits: an input message title of 32 characters and a message of 255.
  if (String(v.title).length > 32 || String(v.message).length > 255)
    throw fail.invalidArgument('dataValidation.prompt (title ≤ 32, message ≤ 255 characters)');
  return { showPrompt: v.showPrompt !== false, title: String(v.title), message: String(v.message) };
}

function checkAlert(a: unknown): ValidationAlert {
  if (typeof a !== 'object' || a === null) throw fail.invalidArgument('dataValidation.errorAlert');
  const v = { ...DEFAULT_ALERT, ...(a as Partial<ValidationAlert>) };
  if (!['Stop', 'Warning', 'Information'].includes(v.style))
    throw fail.invalidArgument('dataValidation.errorAlert.style');
  // Excel's limits: an error title of 32 characters and a message of 225.
  if (String(v.title).length > 32 || String(v.message).length > 225)
    throw fail.invalidArgument('dataValidation.errorAlert (title ≤ 32, message ≤ 225 characters)');
  return { showAlert: v.showAlert !== false, style: v.style, title: String(v.title), message: String(v.message) };
}

/**
 * Sets part of the validation of a block. A new rule replaces whatever validation its cells had; a prompt or an
 * alert changes those of the block's validations (cells without one get one that allows any value).
 */
function updateValidation(sheet: SheetModel, rect: Rect, patch: Partial<Omit<ValidationModel, 'rect'>>): void {
  sheet.splitValidations(rect);
  const inside = sheet.validations.filter((v) => contains(rect, v.rect));
  if (patch.rule !== undefined) {
    const keep = inside[0];
    sheet.validations = sheet.validations.filter((v) => !inside.includes(v));
    sheet.validations.push({
      rect,
      rule: patch.rule,
      prompt: keep?.prompt ?? { ...DEFAULT_PROMPT },
      errorAlert: keep?.errorAlert ?? { ...DEFAULT_ALERT },
      ignoreBlanks: keep?.ignoreBlanks ?? true,
    });
    return;
  }
  for (const v of inside) Object.assign(v, patch);
  let uncovered = [rect];
  for (const v of inside) uncovered = uncovered.flatMap((u) => subtract(u, v.rect));
  for (const u of uncovered)
    sheet.validations.push({
      rect: u,
      rule: null,
      prompt: { ...DEFAULT_PROMPT },
      errorAlert: { ...DEFAULT_ALERT },
      ignoreBlanks: true,
      ...patch,
    });
}

/** Excel.DataValidation of a range (ExcelApi 1.8). */
export class DataValidationDouble extends ClientObject {
  constructor(
    ctx: ProxyContext,
    path: string,
    private readonly range: RangeProxy,
  ) {
    super(ctx, path);
  }

  protected override _since() {
    return { version: '1.8', api: 'Range.dataValidation' };
  }

  override _exists(): boolean {
    return this.range._exists();
  }

  private first(): ValidationModel | undefined {
    const { sheet, rect } = this.range._at();
    return sheet.validationAt(rect.top, rect.left);
  }

  /**
   * Whether the range's cells share one validation: Excel.DataValidationType reads "Inconsistent" for "different
   * rules on different cells" and "MixedCriteria" for "data validation present on some but not all cells"
   * (ExcelApi 1.8). What `rule` reads then Microsoft does not say: the double reads no rule ({}), so that nothing
   * can copy a block's validation as if its first cell's held for all.
   */
  private mixed(): 'Inconsistent' | 'MixedCriteria' | undefined {
    const { sheet, rect } = this.range._at();
    const found = new Set<string>();
    let blank = false;
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) {
        const rule = sheet.validationAt(r, c)?.rule;
        if (rule) found.add(JSON.stringify(rule));
        else blank = true;
        if (found.size > 1) return 'Inconsistent';
      }
    return found.size === 1 && blank ? 'MixedCriteria' : undefined;
  }

  protected override _readers() {
    return {
      rule: () => (this.mixed() ? {} : (this.first()?.rule ?? {})),
      prompt: () => this.first()?.prompt ?? { ...DEFAULT_PROMPT },
      errorAlert: () => this.first()?.errorAlert ?? { ...DEFAULT_ALERT },
      ignoreBlanks: () => this.first()?.ignoreBlanks ?? true,
      type: () => {
        const mixed = this.mixed();
        if (mixed) return mixed;
        const rule = this.first()?.rule;
        return rule ? KINDS[Object.keys(rule)[0]] : 'None';
      },
    };
  }

  private change(name: string, value: unknown, patch: () => Partial<Omit<ValidationModel, 'rect'>>): void {
    this._set(name, value, () => {
      const { sheet, rect } = this.range._at();
      updateValidation(sheet, rect, patch());
      this._ctx._client.book.emit({ kind: 'validation', sheetId: sheet.id });
    });
  }

  get rule(): ValidationRuleModel {
    return this._get('rule');
  }
  set rule(v: ValidationRuleModel) {
    this.change('rule', v, () => ({ rule: checkRule(v) }));
  }
  get prompt(): ValidationPrompt {
    return this._get('prompt');
  }
  set prompt(v: ValidationPrompt) {
    this.change('prompt', v, () => ({ prompt: checkPrompt(v) }));
  }
  get errorAlert(): ValidationAlert {
    return this._get('errorAlert');
  }
  set errorAlert(v: ValidationAlert) {
    this.change('errorAlert', v, () => ({ errorAlert: checkAlert(v) }));
  }
  get ignoreBlanks(): boolean {
    return this._get('ignoreBlanks');
  }
  set ignoreBlanks(v: boolean) {
    this.change('ignoreBlanks', v, () => ({ ignoreBlanks: v !== false }));
  }
  get type(): string {
    return this._get('type');
  }

  clear(): void {
    this._call(() => {
      const { sheet, rect } = this.range._at();
      sheet.splitValidations(rect);
      sheet.validations = sheet.validations.filter((v) => !contains(rect, v.rect));
      this._ctx._client.book.emit({ kind: 'validation', sheetId: sheet.id });
    });
  }
}
