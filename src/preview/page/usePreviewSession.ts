import { useCallback, useRef, useState } from 'react';
import { useControllerState } from '../../addin/taskpane/useController';
import { createSession, type PreviewApiVersion, type PreviewSession } from '../session';

/** What replaces the workbook: another Excel version (a blank workbook), or a workbook opened from a file. */
interface Replacement {
  apiVersion?: PreviewApiVersion;
  double?: PreviewSession['double'];
  fileName?: string;
}

/**
 * The running session (ZiPing on a workbook), its controller's state, and whether the task pane is open; a
 * replacement starts a new session in the pane's language and puts its Excel version in the page's address.
 */
export function usePreviewSession(initial: PreviewApiVersion) {
  const [paneOpen, setPaneOpen] = useState(true);
  const showPane = useRef(() => setPaneOpen(true));
  const [session, setSession] = useState<PreviewSession>(() =>
    createSession(initial, { showPane: () => showPane.current() }),
  );
  const state = useControllerState(session.controller);
  const lang = state.lang;

  const replace = useCallback(
    (next: Replacement) => {
      const apiVersion = next.apiVersion ?? session.apiVersion;
      setSession(
        createSession(apiVersion, {
          double: next.double,
          fileName: next.fileName,
          lang,
          showPane: () => showPane.current(),
        }),
      );
      const url = new URL(window.location.href);
      url.searchParams.set('api', apiVersion);
      window.history.replaceState(null, '', url);
    },
    [session, lang],
  );

  return { session, state, replace, paneOpen, togglePane: () => setPaneOpen(!paneOpen) };
}
