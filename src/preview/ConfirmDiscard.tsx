import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { Lang } from '../core/findings';
import { s } from './strings';

/**
 * Asks before the workbook in the preview is replaced (another Excel version, another file): its content is lost
 * unless saved. Save first, discard, or cancel.
 */
export function ConfirmDiscard({
  what,
  lang,
  onSave,
  onDiscard,
  onCancel,
}: {
  /** What replaces the workbook, in the user's words. */
  what: string | undefined;
  lang: Lang;
  onSave: () => void;
  onDiscard: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog open={what !== undefined} modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{s('discardTitle', lang)}</DialogTitle>
          <DialogContent>{s('discardBody', lang).replace('{what}', what ?? '')}</DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={onSave}>
              {s('saveThenContinue', lang)}
            </Button>
            <Button onClick={onDiscard}>{s('discardContinue', lang)}</Button>
            <Button appearance="subtle" onClick={onCancel}>
              {s('cancel', lang)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
