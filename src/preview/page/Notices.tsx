import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { Lang } from '../../core/findings';
import { both, s } from '../strings';

/** What the page tells the user about the last thing done (opened, saved, failed), until dismissed. */
export interface Notice {
  intent: 'success' | 'error' | 'info';
  text: string;
}

/** The bars under the ribbon: that Excel 2019 has no ribbon tab, and the last notice. */
export function Notices({
  lang,
  ribbon,
  notice,
  onDismiss,
}: {
  lang: Lang;
  ribbon: boolean;
  notice: Notice | undefined;
  onDismiss: () => void;
}) {
  return (
    <>
      {!ribbon && (
        <MessageBar intent="info" className="ribbon-note">
          <MessageBarBody>{both('noRibbon', lang)}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent={notice.intent} className="ribbon-note">
          <MessageBarBody>{notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button size="small" appearance="transparent" aria-label={s('dismiss', lang)} onClick={onDismiss}>
                ×
              </Button>
            }
          />
        </MessageBar>
      )}
    </>
  );
}
