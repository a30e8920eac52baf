import { Controller } from '../app/controller';
import { detectCapabilities, describeCapabilities, type Capabilities } from '../addin/excel/capabilities';
import { ExcelGateway } from '../addin/excel/gateway';
import { registerCommands } from '../addin/commands/register';
import { storedLang, storeLang } from '../addin/lang';
import type { Lang } from '../core/findings';
import { ExcelDouble, type ApiVersion } from '../hosts/excelDouble';
import { installOfficeShim, ribbonCommand } from './officeShim';

/** The Excel versions the preview can stand for, as the README's table has them. */
export const API_VERSIONS = ['1.7', '1.14', '1.18'] as const satisfies readonly ApiVersion[];
export type PreviewApiVersion = (typeof API_VERSIONS)[number];

/** ZiPing running in the Excel double exactly as in Excel: the real gateway, controller and ribbon commands. */
export interface PreviewSession {
  double: ExcelDouble;
  gateway: ExcelGateway;
  controller: Controller;
  caps: Capabilities;
  /** For the pane's settings page ("ExcelApi 1.18+"). */
  capabilities: string;
  apiVersion: PreviewApiVersion;
  /** Excel 2019 (1.7) loads no shared runtime, so it shows no ribbon tab. */
  ribbon: boolean;
  /** The name the workbook is saved under. */
  fileName: string;
  /** Runs a ribbon command by the name manifest.xml gives its function. */
  command(name: string): Promise<void>;
}

export function isApiVersion(v: unknown): v is PreviewApiVersion {
  return (API_VERSIONS as readonly unknown[]).includes(v);
}

/** A workbook's options for a version: ExcelApi up to it; the shared runtime from Excel 2021 on. */
export function doubleOptions(apiVersion: PreviewApiVersion) {
  return { apiVersion, sharedRuntime: apiVersion !== '1.7' };
}

/**
 * Starts ZiPing on a double (a new blank workbook by default): gateway and controller as src/addin/runtime.ts
 * makes them, the ribbon's commands registered through Office.actions.associate, and controller.start().
 */
export function createSession(
  apiVersion: PreviewApiVersion,
  options: { double?: ExcelDouble; fileName?: string; lang?: Lang; showPane?: () => void } = {},
): PreviewSession {
  const double = options.double ?? new ExcelDouble({ ...doubleOptions(apiVersion), sheets: ['Sheet1'] });
  const caps = detectCapabilities((name, version) => double.host.isSetSupported(name, version));
  // Office.addin.setStartupBehavior has nothing to do in the preview (nothing reopens it): a no-op where Excel has it.
  const gateway = new ExcelGateway({ ...double.host, setStartupBehavior: async () => undefined }, caps);
  const controller = new Controller(gateway, { lang: options.lang ?? storedLang() });
  controller.subscribe((state) => storeLang(state.lang));
  installOfficeShim({ showTaskpane: () => options.showPane?.() });
  const ribbon = double.host.isSetSupported('SharedRuntime', '1.1');
  if (ribbon) registerCommands(controller);
  void controller.start();
  return {
    double,
    gateway,
    controller,
    caps,
    capabilities: describeCapabilities(caps),
    apiVersion,
    ribbon,
    fileName: options.fileName ?? 'ZiPing.xlsx',
    command: (name) => ribbonCommand(name),
  };
}
