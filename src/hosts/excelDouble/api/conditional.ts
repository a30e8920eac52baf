import { intersects } from '../address';
import { fail } from '../errors';
import { ClientObject, CollectionObject, type ProxyContext, type RangeProxy } from '../proxy';
import type { ConditionalFormatModel, SheetModel } from '../sheet';
import { normaliseColor } from './format';

/**
 * Excel.ConditionalFormatCollection of a range: the conditional formats of its sheet that intersect it. add()
 * puts a new one on the range, first in priority.
 */
export class ConditionalFormatCollectionDouble extends CollectionObject<ConditionalFormatDouble> {
  constructor(
    ctx: ProxyContext,
    path: string,
    private readonly range: RangeProxy,
  ) {
    super(ctx, path);
  }

  override _exists(): boolean {
    return this.range._exists();
  }

  protected _list(): ConditionalFormatDouble[] {
    const { sheet, rect } = this.range._at();
    return sheet.conditionalFormats
      .filter((cf) => cf.ranges.some((r) => intersects(r, rect)))
      .map((cf) => new ConditionalFormatDouble(this._ctx, `${this._path}[${cf.id}]`, sheet.id, cf.id));
  }

  add(type: string): ConditionalFormatDouble {
    const cf = new ConditionalFormatDouble(this._ctx, `${this._path}.add(${type})`, undefined, undefined);
    this._call(() => {
      if (type !== 'Custom') throw fail.notImplemented(`conditional formats of type ${type} (only Custom is modelled)`);
      const { sheet, rect } = this.range._at();
      const model: ConditionalFormatModel = {
        id: this._ctx._client.book.newObjectId('cf'),
        type: 'Custom',
        ranges: [rect],
        formula: null,
        fill: null,
        fontColor: null,
        bold: null,
        stopIfTrue: false,
      };
      sheet.conditionalFormats.unshift(model);
      cf._bind(sheet.id, model.id);
      this._ctx._client.book.emit({ kind: 'conditionalFormats', sheetId: sheet.id });
    });
    return cf;
  }
}

export class ConditionalFormatDouble extends ClientObject {
  constructor(
    ctx: ProxyContext,
    path: string,
    private sheetId: string | undefined,
    private cfId: string | undefined,
  ) {
    super(ctx, path);
  }

  /** @internal */
  _bind(sheetId: string, cfId: string): void {
    this.sheetId = sheetId;
    this.cfId = cfId;
  }

  /** @internal */
  _model(): { sheet: SheetModel; cf: ConditionalFormatModel } {
    const sheet = this.sheetId ? this._ctx._client.book.sheetById(this.sheetId) : undefined;
    const cf = sheet?.conditionalFormats.find((c) => c.id === this.cfId);
    if (!sheet || !cf) throw fail.itemNotFound(this._path);
    return { sheet, cf };
  }

  override _exists(): boolean {
    this._model();
    return true;
  }

  protected override _readers() {
    return {
      id: () => this._model().cf.id,
      type: () => this._model().cf.type,
      priority: () => {
        const { sheet, cf } = this._model();
        return sheet.conditionalFormats.indexOf(cf);
      },
      stopIfTrue: () => this._model().cf.stopIfTrue,
    };
  }

  protected override _navigation() {
    return { custom: () => this.custom, customOrNullObject: () => this.customOrNullObject };
  }

  get id(): string {
    return this._get('id');
  }
  get type(): string {
    return this._get('type');
  }
  get priority(): number {
    return this._get('priority');
  }
  get stopIfTrue(): boolean {
    return this._get('stopIfTrue');
  }
  set stopIfTrue(v: boolean) {
    this._set('stopIfTrue', v, () => {
      this._model().cf.stopIfTrue = v === true;
      this.changed();
    });
  }

  get custom(): CustomConditionalFormatDouble {
    return this._child(
      'custom',
      () => new CustomConditionalFormatDouble(this._ctx, `${this._path}.custom`, this, false),
    );
  }

  get customOrNullObject(): CustomConditionalFormatDouble {
    return this._child(
      'customOrNullObject',
      () => new CustomConditionalFormatDouble(this._ctx, `${this._path}.customOrNullObject`, this, true),
    );
  }

  /** The first range it applies to. */
  getRange(): RangeProxy {
    return this._ctx._range(`${this._path}.getRange()`, () => {
      const { sheet, cf } = this._model();
      return { sheet, rect: cf.ranges[0] };
    });
  }

  delete(): void {
    this._call(() => {
      const { sheet, cf } = this._model();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
      this.changed();
    });
  }

  /** @internal */
  changed(): void {
    this._ctx._client.book.emit({ kind: 'conditionalFormats', sheetId: this.sheetId });
  }
}

/** Excel.CustomConditionalFormat: a formula rule and the format it applies. */
export class CustomConditionalFormatDouble extends ClientObject {
  constructor(
    ctx: ProxyContext,
    path: string,
    readonly owner: ConditionalFormatDouble,
    private readonly orNull: boolean,
  ) {
    super(ctx, path);
  }

  override _exists(): boolean {
    const { cf } = this.owner._model();
    if (cf.type === 'Custom') return true;
    if (this.orNull) return false;
    throw fail.invalidOperation(`${this._path}: the conditional format is not Custom`);
  }

  protected override _navigation() {
    return { rule: () => this.rule, format: () => this.format };
  }

  get rule(): ConditionalFormatRuleDouble {
    return this._child('rule', () => new ConditionalFormatRuleDouble(this._ctx, `${this._path}.rule`, this));
  }

  get format(): ConditionalRangeFormatDouble {
    return this._child('format', () => new ConditionalRangeFormatDouble(this._ctx, `${this._path}.format`, this));
  }
}

abstract class CustomPart extends ClientObject {
  constructor(
    ctx: ProxyContext,
    path: string,
    protected readonly custom: CustomConditionalFormatDouble,
  ) {
    super(ctx, path);
  }

  override _exists(): boolean {
    return this.custom._exists();
  }

  protected model(): ConditionalFormatModel {
    return this.custom.owner._model().cf;
  }

  protected update(name: string, value: unknown, apply: (cf: ConditionalFormatModel) => void): void {
    this._set(name, value, () => {
      apply(this.model());
      this.custom.owner.changed();
    });
  }
}

export class ConditionalFormatRuleDouble extends CustomPart {
  protected override _readers() {
    return { formula: () => this.model().formula ?? '', formulaLocal: () => this.model().formula ?? '' };
  }
  get formula(): string {
    return this._get('formula');
  }
  /** A formula ("=…") relative to the top-left cell of the range; it must parse, else InvalidArgument. */
  set formula(v: string) {
    this.update('formula', v, (cf) => {
      if (typeof v !== 'string' || v === '') throw fail.invalidArgument('rule.formula');
      const body = v.startsWith('=') ? v : `=${v}`;
      if (!this._ctx._client.book.engine.isValidFormula(body)) throw fail.invalidArgument(`rule.formula ${v}`);
      cf.formula = v;
    });
  }
  get formulaLocal(): string {
    return this._get('formulaLocal');
  }
  set formulaLocal(v: string) {
    this.formula = v;
  }
}

export class ConditionalRangeFormatDouble extends CustomPart {
  protected override _navigation() {
    return { fill: () => this.fill, font: () => this.font };
  }
  get fill(): ConditionalFillDouble {
    return this._child('fill', () => new ConditionalFillDouble(this._ctx, `${this._path}.fill`, this.custom));
  }
  get font(): ConditionalFontDouble {
    return this._child('font', () => new ConditionalFontDouble(this._ctx, `${this._path}.font`, this.custom));
  }
}

export class ConditionalFillDouble extends CustomPart {
  protected override _readers() {
    return { color: () => this.model().fill };
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this.update('color', v, (cf) => (cf.fill = normaliseColor(v, 'fill.color')));
  }
  clear(): void {
    this._call(() => {
      this.model().fill = null;
      this.custom.owner.changed();
    });
  }
}

export class ConditionalFontDouble extends CustomPart {
  protected override _readers() {
    return { color: () => this.model().fontColor, bold: () => this.model().bold };
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this.update('color', v, (cf) => (cf.fontColor = normaliseColor(v, 'font.color')));
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this.update('bold', v, (cf) => (cf.bold = v === true));
  }
}
