import { Controller } from '../../src/app/controller';
import { detectCapabilities } from '../../src/addin/excel/capabilities';
import { ExcelGateway } from '../../src/addin/excel/gateway';
import { ExcelDouble, type ApiVersion } from '../../src/hosts/excelDouble';

export interface Session {
  double: ExcelDouble;
  gateway: ExcelGateway;
  controller: Controller;
  /** What ZiPing asked of Office.addin.setStartupBehavior, in order. */
  startup: string[];
  /** Waits until every scheduled recomputation and every event has been handled. */
  settle(): Promise<void>;
}

/** ZiPing running in an Excel double, as it runs in Excel: gateway, controller, change events. */
export async function session(
  apiVersion: ApiVersion = '1.18',
  double = new ExcelDouble({ apiVersion, sharedRuntime: true }),
): Promise<Session> {
  const startup: string[] = [];
  // Office.addin.setStartupBehavior, which the double does not model: recorded.
  const host = { ...double.host, setStartupBehavior: async (behavior: string) => void startup.push(behavior) };
  const gateway = new ExcelGateway(
    host,
    detectCapabilities(double.host.isSetSupported),
    (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 5))),
  );
  const controller = new Controller(gateway, { debounceMs: 5, year: 2022, lang: 'zh' });
  await controller.start();
  const settle = async () => {
    for (let i = 0; i < 5; i++) {
      await double.idle();
      await controller.idle();
    }
    await double.idle();
  };
  return { double, gateway, controller, startup, settle };
}
