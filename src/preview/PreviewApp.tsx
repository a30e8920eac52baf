import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Text,
  Tooltip,
  webLightTheme,
} from '@fluentui/react-components';
import { App } from '../addin/taskpane/App';
import { useControllerState } from '../addin/taskpane/useController';
import type { Lang } from '../core/findings';
import { layoutAnnex1 } from '../core/layout/writeAnnex1';
import type { FormData } from '../core/formData';
import { formFileName } from '../core/fileName';
import { ConfirmDiscard } from './ConfirmDiscard';
import { useRegionKeys } from './regions';
import { isWorkbookError } from '../hosts/xlsx/errors';
import { Grid } from './Grid';
import { RibbonTab } from './RibbonTab';
import { API_VERSIONS, createSession, doubleOptions, type PreviewApiVersion, type PreviewSession } from './session';
import { both, other, s, type PreviewString } from './strings';

const VERSION_LABEL: Record<PreviewApiVersion, PreviewString> = {
  '1.7': 'excel17',
  '1.14': 'excel114',
  '1.18': 'excel118',
};

interface Notice {
  intent: 'success' | 'error' | 'info';
  text: string;
}

/** The preview page: a ribbon like the add-in's, the workbook's grid, and the real task pane beside it. */
export function PreviewApp({ initial }: { initial: PreviewApiVersion }) {
  const [paneOpen, setPaneOpen] = useState(true);
  const showPane = useRef(() => setPaneOpen(true));
  const [session, setSession] = useState<PreviewSession>(() =>
    createSession(initial, { showPane: () => showPane.current() }),
  );
  const [notice, setNotice] = useState<Notice>();
  /** A replacement of the workbook waiting for the user's answer: what it is, and what to do. */
  const [pending, setPending] = useState<{ what: string; go: () => void }>();
  const state = useControllerState(session.controller);
  const lang = state.lang;
  useRegionKeys();

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = both('title', lang);
  }, [lang]);

  // For the console and the benchmark: the running session, and a way to put any form into the workbook.
  useEffect(() => {
    (globalThis as unknown as { ziPingPreview: unknown }).ziPingPreview = {
      session,
      double: session.double,
      controller: session.controller,
      gateway: session.gateway,
      insertForm: async (data: FormData, name = 'ZiPing') => {
        const { sheetName } = await session.gateway.insert(
          layoutAnnex1(data, 'Sheet', session.controller.current.profile),
          name,
        );
        await session.controller.validate();
        return sheetName;
      },
    };
  }, [session]);

  // The moment the pane can be used: the controller has started and the browser has painted it.
  useEffect(() => {
    if (state.ready && performance.getEntriesByName('ziping:pane-ready').length === 0)
      requestAnimationFrame(() => performance.mark('ziping:pane-ready'));
  }, [state.ready]);

  const replace = useCallback(
    (next: { apiVersion?: PreviewApiVersion; double?: PreviewSession['double']; fileName?: string }) => {
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

  /** Replaces the workbook at once when it is blank; otherwise asks first. */
  const replaceAsking = (what: string, go: () => void) => {
    if (isBlank(session.double)) go();
    else setPending({ what, go });
  };

  const open = async (file: File) => {
    try {
      const { openXlsx } = await import(/* webpackChunkName: "xlsx" */ './xlsx');
      const double = await openXlsx(await file.arrayBuffer(), doubleOptions(session.apiVersion), file.name);
      replace({ double, fileName: file.name });
      setNotice({ intent: 'success', text: `${s('opened', lang)}：${file.name}` });
    } catch (e) {
      // A file ZiPing refuses says why in the user's language; anything else is shown as the library gave it.
      const why = isWorkbookError(e)
        ? e.bilingual[lang]
        : `${s('openFailed', lang)}：${file.name}（${e instanceof Error ? e.message : String(e)}）`;
      setNotice({ intent: 'error', text: why });
    }
  };

  const save = async (): Promise<boolean> => {
    try {
      const { saveXlsx } = await import(/* webpackChunkName: "xlsx" */ './xlsx');
      const name = savedName(session);
      const bytes = await saveXlsx(session.double);
      const url = URL.createObjectURL(
        new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      );
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setNotice({ intent: 'success', text: s('saved', lang).replace('{name}', name) });
      return true;
    } catch (e) {
      setNotice({ intent: 'error', text: `${s('saveFailed', lang)}：${e instanceof Error ? e.message : String(e)}` });
      return false;
    }
  };

  const run = (name: string) => {
    void session
      .command(name)
      .catch((e: unknown) => setNotice({ intent: 'error', text: e instanceof Error ? e.message : String(e) }));
  };

  return (
    // The page's own layout is on an inner element: Fluent copies the provider's classes onto its portals.
    <FluentProvider theme={webLightTheme}>
      <div className="preview-root">
        <header className="ribbon">
          <div className="ribbon-title">
            <Text weight="semibold" size={400}>
              {s('title', lang)}
            </Text>
            <Text size={200} className="secondary">
              {other('title', lang)}
            </Text>
          </div>
          <div role="toolbar" aria-label={both('file', lang)} className="ribbon-group">
            <FileOpen
              lang={lang}
              onFile={(f) => replaceAsking(s('openNamed', lang).replace('{v}', f.name), () => void open(f))}
            />
            <Cmd label="save" lang={lang} onClick={() => void save()} />
          </div>
          <RibbonTab
            lang={lang}
            enabled={session.ribbon}
            paneOpen={paneOpen}
            onCommand={run}
            onTogglePane={() => setPaneOpen(!paneOpen)}
          />
          <div className="ribbon-group">
            <label className="version">
              <span>{s('excel', lang)}</span>
              <Select
                size="small"
                value={session.apiVersion}
                title={other('excel', lang)}
                onChange={(_, d) => {
                  const apiVersion = d.value as PreviewApiVersion;
                  replaceAsking(s('switchTo', lang).replace('{v}', s(VERSION_LABEL[apiVersion], lang)), () => {
                    replace({ apiVersion });
                    setNotice({ intent: 'info', text: s('newWorkbook', lang) });
                  });
                }}
              >
                {API_VERSIONS.map((v) => (
                  <option key={v} value={v}>
                    {s(VERSION_LABEL[v], lang)}
                  </option>
                ))}
              </Select>
            </label>
          </div>
        </header>
        {!session.ribbon && (
          <MessageBar intent="info" className="ribbon-note">
            <MessageBarBody>{both('noRibbon', lang)}</MessageBarBody>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent={notice.intent} className="ribbon-note">
            <MessageBarBody>{notice.text}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  size="small"
                  appearance="transparent"
                  aria-label={s('dismiss', lang)}
                  onClick={() => setNotice(undefined)}
                >
                  ×
                </Button>
              }
            />
          </MessageBar>
        )}
        <ConfirmDiscard
          what={pending?.what}
          lang={lang}
          onCancel={() => setPending(undefined)}
          onDiscard={() => {
            setPending(undefined);
            pending?.go();
          }}
          onSave={() => {
            setPending(undefined);
            void save().then((saved) => saved && pending?.go());
          }}
        />
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
      </div>
    </FluentProvider>
  );
}

/** Whether the workbook holds nothing that replacing it would lose. */
function isBlank(double: PreviewSession['double']): boolean {
  return double.sheetNames().every((name) => !double.inspect(name).usedRange());
}

/** The saved file's name: from the form in view (unit, year, form), else the name it was opened under. */
function savedName(session: PreviewSession): string {
  const form = session.controller.current.evaluation?.results[0]?.form;
  const named = form && formFileName(form, 'xlsx');
  return named ?? session.fileName.replace(/\.(xlsx|xlsm|xls)$/i, '') + '.xlsx';
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

function Cmd({
  label,
  lang,
  onClick,
  disabled,
  pressed,
}: {
  label: PreviewString;
  lang: Lang;
  onClick: () => void;
  disabled?: boolean;
  pressed?: boolean;
}) {
  return (
    <Tooltip content={other(label, lang)} relationship="description">
      <Button disabled={disabled} onClick={onClick} aria-pressed={pressed}>
        {s(label, lang)}
      </Button>
    </Tooltip>
  );
}

function FileOpen({ lang, onFile }: { lang: Lang; onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={both('open', lang)}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <Cmd label="open" lang={lang} onClick={() => input.current?.click()} />
    </>
  );
}
