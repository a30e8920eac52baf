import type { Capabilities } from '../../app/port';

export type { Capabilities };

export type SetSupported = (name: string, version: string) => boolean;

/** What the running Excel can do beyond ExcelApi 1.7, asked once at start-up. */
export function detectCapabilities(isSetSupported: SetSupported): Capabilities {
  const at = (v: string) => {
    try {
      return isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return {
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
  if (c.dataValidation) return 'ExcelApi 1.8';
  return 'ExcelApi 1.7';
}
