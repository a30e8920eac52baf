/** What the running Excel can do beyond ExcelApi 1.7, detected once at start-up. */
export interface Capabilities {
  /** RequestContext.runtime.enableEvents, Range.dataValidation (ExcelApi 1.8). */
  eventsToggle: boolean;
  dataValidation: boolean;
  /** Change details, Worksheet.pageLayout, worksheets.onChanged (ExcelApi 1.9). */
  changeDetails: boolean;
  pageLayout: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  mergedAreas: boolean;
  /** WorksheetChangedEventArgs.triggerSource (ExcelApi 1.14). */
  triggerSource: boolean;
  /** Worksheet.notes (ExcelApi 1.18). */
  notes: boolean;
}

export type SetSupported = (name: string, version: string) => boolean;

export function detectCapabilities(isSetSupported: SetSupported): Capabilities {
  const at = (v: string) => {
    try {
      return isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return {
    eventsToggle: at('1.8'),
    dataValidation: at('1.8'),
    changeDetails: at('1.9'),
    pageLayout: at('1.9'),
    mergedAreas: at('1.13'),
    triggerSource: at('1.14'),
    notes: at('1.18'),
  };
}

/** The highest ExcelApi version the capabilities stand for, for the pane's "what this Excel supports" line. */
export function describeCapabilities(c: Capabilities): string {
  if (c.notes) return 'ExcelApi 1.18+';
  if (c.triggerSource) return 'ExcelApi 1.14';
  if (c.mergedAreas) return 'ExcelApi 1.13';
  if (c.changeDetails) return 'ExcelApi 1.9';
  if (c.eventsToggle) return 'ExcelApi 1.8';
  return 'ExcelApi 1.7';
}
