import { describeCapabilities } from '../excel/capabilities';
import { registerCommands } from '../commands/register';
import { sharedController } from '../runtime';
import type { Session } from './App';

/** Everything behind the pane's first paint: the engine, the gateway, the controller, the ribbon's commands. */
export function boot(): Session {
  const { controller, caps } = sharedController();
  // With the shared runtime this page is also the function file of the ribbon's commands.
  registerCommands(controller);
  void controller.start();
  return { controller, capabilities: describeCapabilities(caps) };
}
