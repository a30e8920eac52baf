import { MAX_COLS, parseRect, splitSheet, type Rect } from '../address';
import { fail } from '../errors';
import { ClientObject, type ProxyContext, type SheetProxy } from '../proxy';
import { oneOf } from './format';
import { RangeDouble } from './range';

const ORIENTATIONS = ['Portrait', 'Landscape'];
/** Office.js paper sizes, in the order of their OOXML codes (1 = Letter, 9 = A4): the .xlsx reader and writer use it too. */
export const PAPER_SIZES = [
  'Letter',
  'LetterSmall',
  'Tabloid',
  'Ledger',
  'Legal',
  'Statement',
  'Executive',
  'A3',
  'A4',
  'A4Small',
  'A5',
  'B4',
  'B5',
  'Folio',
  'Quatro',
  'Paper10x14',
  'Paper11x17',
  'Note',
  'Envelope9',
  'Envelope10',
  'Envelope11',
  'Envelope12',
  'Envelope14',
  'Csheet',
  'Dsheet',
  'Esheet',
  'EnvelopeDL',
  'EnvelopeC5',
  'EnvelopeC3',
  'EnvelopeC4',
  'EnvelopeC6',
  'EnvelopeC65',
  'EnvelopeB4',
  'EnvelopeB5',
  'EnvelopeB6',
  'EnvelopeItaly',
  'EnvelopeMonarch',
  'EnvelopePersonal',
  'FanfoldUS',
  'FanfoldStdGerman',
  'FanfoldLegalGerman',
];

/** Excel.PageLayout of a worksheet (ExcelApi 1.9). */
export class PageLayoutDouble extends ClientObject {
  constructor(
    ctx: ProxyContext,
    path: string,
    private readonly sheet: SheetProxy,
  ) {
    super(ctx, path);
  }

  protected override _since() {
    return { version: '1.9', api: 'Worksheet.pageLayout' };
  }

  override _exists(): boolean {
    return this.sheet._exists();
  }

  private layout() {
    return this.sheet._sheet().pageLayout;
  }

  private changed(): void {
    this._ctx._client.book.emit({ kind: 'format', sheetId: this.sheet._sheet().id });
  }

  protected override _readers() {
    return {
      orientation: () => this.layout().orientation,
      paperSize: () => this.layout().paperSize,
      zoom: () => ({ ...this.layout().zoom }),
    };
  }

  get orientation(): string {
    return this._get('orientation');
  }
  set orientation(v: string) {
    this._set('orientation', v, () => {
      this.layout().orientation = oneOf(v, ORIENTATIONS, 'pageLayout.orientation');
      this.changed();
    });
  }
  get paperSize(): string {
    return this._get('paperSize');
  }
  set paperSize(v: string) {
    this._set('paperSize', v, () => {
      this.layout().paperSize = oneOf(v, PAPER_SIZES, 'pageLayout.paperSize');
      this.changed();
    });
  }
  get zoom(): { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } {
    return this._get('zoom');
  }
  /**
   * { scale: 10…400 } or { horizontalFitToPages, verticalFitToPages } (whole numbers ≥ 0; the double takes 0 as
   * "automatic", which Excel's UI shows as a blank box; not checked against Excel).
   */
  set zoom(v: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this._set('zoom', v, () => {
      if (typeof v !== 'object' || v === null) throw fail.invalidArgument('pageLayout.zoom');
      const pages = (n: unknown) =>
        n === undefined || (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 32767);
      if (v.scale !== undefined) {
        if (
          typeof v.scale !== 'number' ||
          v.scale < 10 ||
          v.scale > 400 ||
          v.horizontalFitToPages !== undefined ||
          v.verticalFitToPages !== undefined
        )
          throw fail.invalidArgument('pageLayout.zoom.scale');
      } else if (
        !pages(v.horizontalFitToPages) ||
        !pages(v.verticalFitToPages) ||
        (v.horizontalFitToPages === undefined && v.verticalFitToPages === undefined)
      ) {
        throw fail.invalidArgument('pageLayout.zoom');
      }
      this.layout().zoom = { ...v };
      this.changed();
    });
  }

  /** Whole rows, as "$1:$1" or a Range of entire rows. */
  setPrintTitleRows(rows: string | RangeDouble): void {
    this._sameContext(rows);
    this._call(() => {
      let rect: Rect | undefined;
      if (rows instanceof RangeDouble) rect = rows._at().rect;
      else rect = parseRect(splitSheet(String(rows)).local);
      if (!rect || rect.left !== 0 || rect.right !== MAX_COLS - 1)
        throw fail.invalidArgument(`setPrintTitleRows ${String(rows)}`);
      this.layout().printTitleRows = rect;
      this.changed();
    });
  }

  getPrintTitleRowsOrNullObject(): RangeDouble {
    const range = new RangeDouble(this._ctx, `${this._path}.getPrintTitleRowsOrNullObject()`, () => {
      const sheet = this.sheet._sheet();
      return sheet.pageLayout.printTitleRows ? { sheet, rect: sheet.pageLayout.printTitleRows } : undefined;
    });
    range._instantiateNow();
    return range;
  }
}
