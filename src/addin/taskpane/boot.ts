import { describeCapabilities } from '../excel/capabilities';
import { sharedController } from '../runtime';
import type { Session } from './App';

/** Everything behind the pane's first paint: the engine, the gateway, the controller (the ribbon's commands were registered before, in index.tsx). */
export function boot(): Session {
  const { controller, caps } = sharedController();
  void controller.start();
  return { controller, capabilities: describeCapabilities(caps) };
}
