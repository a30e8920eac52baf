import { useEffect, useState } from 'react';
import type { Controller, ControllerState } from '../../app/controller';

/** The controller's state, re-rendered on every change. */
export function useControllerState(controller: Controller): ControllerState {
  const [state, setState] = useState(controller.current);
  useEffect(() => controller.subscribe(setState), [controller]);
  return state;
}
