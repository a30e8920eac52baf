import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ControllerState } from '../../app/controller';
import type { Lang } from '../../core/findings';

export function Notices({ notices, lang }: { notices: ControllerState['notices']; lang: Lang }) {
  if (notices.length === 0) return null;
  return (
    <div role="status" aria-live="polite">
      {notices.map((n, i) => (
        <MessageBar key={i} intent={n.kind} layout="multiline">
          <MessageBarBody>{n.text[lang]}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
