import { Controller } from '../app/controller';
import { storedLang, storeLang } from './lang';
import { detectCapabilities, type Capabilities } from './excel/capabilities';
import { ExcelGateway, officeHost, type ExcelHost } from './excel/gateway';

let shared: { controller: Controller; caps: Capabilities } | undefined;

/**
 * One controller per runtime: with Excel's shared runtime the ribbon commands and the pane use the same one, and
 * it keeps recomputing while the pane is closed.
 */
export function sharedController(host: ExcelHost = officeHost()): { controller: Controller; caps: Capabilities } {
  if (!shared) {
    const caps = detectCapabilities((name, version) => host.isSetSupported(name, version));
    const controller = new Controller(new ExcelGateway(host, caps), { lang: storedLang() });
    controller.subscribe((s) => storeLang(s.lang));
    shared = { controller, caps };
  }
  return shared;
}
