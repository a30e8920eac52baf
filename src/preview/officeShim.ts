/**
 * The few Office.js entry points the ribbon's commands use (src/addin/commands/register.ts), for the preview,
 * which runs outside Office: `Office.actions.associate` records each handler under its manifest name, so that
 * the preview's ribbon runs exactly what Excel's would; `Office.addin.showAsTaskpane` opens the preview's pane.
 */
type Handler = (event?: { completed(): void }) => unknown;

const handlers = new Map<string, Handler>();
let showTaskpane: () => void = () => undefined;

export function installOfficeShim(options: { showTaskpane: () => void }): void {
  showTaskpane = options.showTaskpane;
  handlers.clear();
  const office = {
    actions: { associate: (name: string, handler: Handler) => void handlers.set(name, handler) },
    addin: {
      showAsTaskpane: async () => showTaskpane(),
      hide: async () => undefined,
    },
  };
  (globalThis as unknown as { Office: unknown }).Office = office;
}

/** Runs a registered ribbon command as Excel does: with an event whose completed() ends it. */
export async function ribbonCommand(name: string): Promise<void> {
  const handler = handlers.get(name);
  if (!handler) throw new Error(`no ribbon command ${name}`);
  await new Promise<void>((resolve, reject) => {
    Promise.resolve(handler({ completed: () => resolve() })).catch(reject);
  });
}
