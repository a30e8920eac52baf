import { useEffect } from 'react';
import type { Lang } from '../../core/findings';
import type { FormData } from '../../core/formData';
import { layoutAnnex1 } from '../../core/layout/writeAnnex1';
import type { PreviewSession } from '../session';
import { both } from '../strings';

/** The page's language and title follow the pane's language. */
export function useDocumentLanguage(lang: Lang): void {
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = both('title', lang);
  }, [lang]);
}

/** For the console and the benchmark: the running session, and a way to put any form into the workbook. */
export function useConsoleHandle(session: PreviewSession): void {
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
}

/** Marks the moment the pane can be used (for the benchmark): the controller has started and the browser has painted it. */
export function usePaneReadyMark(ready: boolean): void {
  useEffect(() => {
    if (ready && performance.getEntriesByName('ziping:pane-ready').length === 0)
      requestAnimationFrame(() => performance.mark('ziping:pane-ready'));
  }, [ready]);
}
