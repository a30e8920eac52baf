import { lazy, Suspense, useEffect, useState } from 'react';
import {
  FluentProvider,
  Tab,
  TabList,
  Spinner,
  Text,
  webLightTheme,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Controller, View } from '../../app/controller';
import type { Lang } from '../../core/findings';
import { Actions } from './Actions';
import { Notices } from './Notices';
import { Header } from './Header';
import { t } from './i18n';
import { useControllerState } from './useController';

// The findings have nothing to show before the engine has loaded and checked a sheet: their code loads beside it.
const FindingsView = lazy(() => import('./FindingsView').then((m) => ({ default: m.FindingsView })));
// Settings are opened rarely: their code loads when first shown.
const SettingsView = lazy(() => import('./SettingsView'));
const ReportView = lazy(() => import('./ReportView'));
// The glance draws once a form has been checked, after the engine has loaded: it need not be in the first paint.
const Glance = lazy(() => import('./Glance'));

export interface Session {
  controller: Controller;
  /** What this Excel supports, for the settings page. */
  capabilities: string;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    // The pane is 320–500 px wide: nothing may be wider; long words and cell addresses wrap.
    minWidth: 0,
    maxWidth: '100%',
    overflowWrap: 'anywhere',
  },
});

/** The task pane: shown at once, working as soon as the engine behind it has loaded. */
export function App({ session, initialLang }: { session: Promise<Session> | Session; initialLang: Lang }) {
  const [ready, setReady] = useState<Session | undefined>(session instanceof Promise ? undefined : session);
  const [failed, setFailed] = useState<string>();
  useEffect(() => {
    if (session instanceof Promise)
      session.then(setReady, (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
  }, [session]);
  return (
    <FluentProvider theme={webLightTheme}>
      {ready ? <Pane session={ready} /> : <Loading lang={initialLang} failed={failed} />}
    </FluentProvider>
  );
}

function Loading({ lang, failed }: { lang: Lang; failed?: string }) {
  const styles = useStyles();
  return (
    <main className={styles.root} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <Header lang={lang} busy={!failed} />
      {failed ? (
        <Notices
          notices={[
            { kind: 'error', text: { zh: `ZiPing 未能启动：${failed}`, en: `ZiPing could not start: ${failed}` } },
          ]}
          lang={lang}
        />
      ) : (
        <Spinner size="small" label={t('busy', lang)} />
      )}
    </main>
  );
}

function Pane({ session }: { session: Session }) {
  const { controller, capabilities } = session;
  const state = useControllerState(controller);
  const styles = useStyles();
  const lang = state.lang;
  const tab = state.view;
  return (
    <main className={styles.root} aria-busy={state.busy} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <Header lang={lang} busy={state.busy} onLang={(l) => controller.setLang(l)} />
      {state.evaluation && state.evaluation.results.length > 0 && (
        <Suspense fallback={null}>
          <Glance controller={controller} evaluation={state.evaluation} lang={lang} />
        </Suspense>
      )}
      <Actions controller={controller} lang={lang} disabled={state.busy || !state.ready} rowsAsk={state.rowsAsk} />
      <Notices notices={[...state.standing, ...state.notices]} lang={lang} />
      <TabList selectedValue={tab} onTabSelect={(_, d) => controller.show(d.value as View)}>
        <Tab value="findings">{t('tabFindings', lang)}</Tab>
        <Tab value="report">{t('tabReport', lang)}</Tab>
        <Tab value="settings">{t('tabSettings', lang)}</Tab>
      </TabList>
      {tab === 'findings' ? (
        <Suspense fallback={state.evaluation ? <Spinner size="tiny" /> : <Text>{t('noEvaluation', lang)}</Text>}>
          <FindingsView controller={controller} evaluation={state.evaluation} lang={lang} />
        </Suspense>
      ) : (
        <Suspense fallback={<Spinner size="tiny" />}>
          {tab === 'report' ? (
            <ReportView controller={controller} report={state.report} lang={lang} busy={state.busy} />
          ) : (
            <SettingsView controller={controller} profile={state.profile} lang={lang} capabilities={capabilities} />
          )}
        </Suspense>
      )}
    </main>
  );
}
