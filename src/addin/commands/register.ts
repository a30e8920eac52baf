import type { Controller } from '../../app/controller';
import { RIBBON_FUNCTIONS } from './ribbon';

/** The ribbon's ExecuteFunction commands, by the names manifest.xml gives them. */
const COMMANDS: Record<string, (controller: Controller) => Promise<unknown>> = {
  insertDepartmentForm: (c) => c.insert('department'),
  insertProjectForm: (c) => c.insert('project'),
  insertSampleForm: (c) => c.insert('sample'),
  addIndicatorRow: (c) => c.addIndicatorRow(),
  // Rows holding what the user typed: the pane asks before they go.
  deleteIndicatorRow: async (c) => {
    const decided = await c.deleteIndicatorRow();
    if (decided && !decided.ok && 'ask' in decided) await Office.addin.showAsTaskpane();
  },
  validateActiveSheet: (c) => c.validate(),
  draftReport: async (c) => {
    await c.draftReport();
    await Office.addin.showAsTaskpane();
  },
};

/** The names the manifest declares (the ribbon list); registering checks that each has a command. */
export const MANIFEST_FUNCTIONS: readonly string[] = RIBBON_FUNCTIONS;

interface CommandEvent {
  completed(): void;
}

/**
 * Registers every command with Office, in the shared runtime that the pane and the ribbon share. Excel without
 * the shared runtime (Excel 2019) has no Office.actions and no ZiPing ribbon: there is nothing to register.
 *
 * `controller` may be a promise of one: the pane's page registers the commands as its first statement, before the
 * engine is loaded, because a command associated later than the click that loaded the page is never run
 * (office-js#5176, #3378); the click's command then waits for the engine.
 */
export function registerCommands(controller: Controller | (() => Promise<Controller>)): boolean {
  if (typeof Office === 'undefined' || typeof Office.actions?.associate !== 'function') return false;
  const ready = typeof controller === 'function' ? controller : async () => controller;
  for (const name of MANIFEST_FUNCTIONS) {
    const command = COMMANDS[name];
    if (!command) throw new Error(`manifest.xml names ${name}, which no command implements`);
    const handler = async (event?: CommandEvent) => {
      try {
        await command(await ready());
      } finally {
        event?.completed();
      }
    };
    Office.actions.associate(name, handler);
  }
  return true;
}
