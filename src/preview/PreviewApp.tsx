import { useState } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../addin/taskpane/App';
import { ConfirmDiscard } from './ConfirmDiscard';
import { useRegionKeys } from './regions';
import { Grid } from './Grid';
import { Notices, type Notice } from './page/Notices';
import { RibbonBar, versionLabel } from './page/RibbonBar';
import { useConsoleHandle, useDocumentLanguage, usePaneReadyMark } from './page/usePageEffects';
import { usePreviewSession } from './page/usePreviewSession';
import { useReplaceAsking } from './page/useReplaceAsking';
import { downloadWorkbook, messageOf, openFailure, openWorkbook } from './page/workbookFile';
import type { Lang } from '../core/findings';
import type { PreviewApiVersion, PreviewSession } from './session';
import { labelled } from '../addin/taskpane/i18n';
import { s } from './strings';

/** The preview page: a ribbon like the add-in's, the workbook's grid, and the real task pane beside it. */
export function PreviewApp({ initial }: { initial: PreviewApiVersion }) {
  const { session, state, replace, paneOpen, togglePane } = usePreviewSession(initial);
  const lang = state.lang;
  const [notice, setNotice] = useState<Notice>();
  const asking = useReplaceAsking(session.double);
  useRegionKeys();
  useDocumentLanguage(lang);
  useConsoleHandle(session);
  usePaneReadyMark(state.ready);

  const open = async (file: File) => {
    try {
      replace({ double: await openWorkbook(file, session.apiVersion), fileName: file.name });
      setNotice({ intent: 'success', text: `${labelled(s('opened', lang), lang)}${file.name}` });
    } catch (e) {
      setNotice({ intent: 'error', text: openFailure(e, file.name, lang) });
    }
  };

  const save = async (): Promise<boolean> => {
    try {
      const name = await downloadWorkbook(session);
      setNotice({ intent: 'success', text: s('saved', lang).replace('{name}', name) });
      return true;
    } catch (e) {
      setNotice({ intent: 'error', text: `${labelled(s('saveFailed', lang), lang)}${messageOf(e)}` });
      return false;
    }
  };

  const run = (name: string) => {
    void session.command(name).catch((e: unknown) => setNotice({ intent: 'error', text: messageOf(e) }));
  };

  const switchVersion = (apiVersion: PreviewApiVersion) =>
    asking.ask(s('switchTo', lang).replace('{v}', versionLabel(apiVersion, lang)), () => {
      replace({ apiVersion });
      setNotice({ intent: 'info', text: s('newWorkbook', lang) });
    });

  return (
    // The page's own layout is on an inner element: Fluent copies the provider's classes onto its portals.
    <FluentProvider theme={webLightTheme}>
      <div className="preview-root">
        <RibbonBar
          lang={lang}
          ribbon={session.ribbon}
          paneOpen={paneOpen}
          apiVersion={session.apiVersion}
          onOpen={(f) => asking.ask(s('openNamed', lang).replace('{v}', f.name), () => void open(f))}
          onSave={() => void save()}
          onCommand={run}
          onTogglePane={togglePane}
          onVersion={switchVersion}
        />
        <Notices lang={lang} ribbon={session.ribbon} notice={notice} onDismiss={() => setNotice(undefined)} />
        <ConfirmDiscard
          what={asking.what}
          lang={lang}
          onCancel={asking.cancel}
          onDiscard={asking.discard}
          onSave={() => asking.saveFirst(save)}
        />
        <Workspace session={session} lang={lang} paneOpen={paneOpen} />
      </div>
    </FluentProvider>
  );
}

/** The grid of the session's workbook, and the task pane beside it when open; both start afresh on another workbook. */
function Workspace({ session, lang, paneOpen }: { session: PreviewSession; lang: Lang; paneOpen: boolean }) {
  return (
    <div className="workspace">
      <Grid
        key={`grid-${sessionKey(session)}`}
        double={session.double}
        lang={lang}
        rows={{
          addIndicatorRow: () => session.controller.addIndicatorRow(),
          makeRoom: (sheet, top, count) => session.controller.makeRoom(sheet, top, count),
        }}
      />
      {paneOpen && (
        <div className="pane" data-testid="pane">
          <App
            key={`pane-${sessionKey(session)}`}
            session={{ controller: session.controller, capabilities: session.capabilities }}
            initialLang={lang}
          />
        </div>
      )}
    </div>
  );
}

const keys = new WeakMap<object, number>();
let nextKey = 1;
/** A key per session, so that the grid and the pane start afresh on another workbook. */
function sessionKey(session: PreviewSession): number {
  let k = keys.get(session);
  if (k === undefined) {
    k = nextKey++;
    keys.set(session, k);
  }
  return k;
}
