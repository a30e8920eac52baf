import { Button, Text, makeStyles } from '@fluentui/react-components';
import type { Controller } from '../../app/controller';
import type { Lang } from '../../core/findings';
import { labelled, t } from './i18n';

const useStyles = makeStyles({ bar: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' } });

export function Actions({ controller, lang, disabled }: { controller: Controller; lang: Lang; disabled: boolean }) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.bar} role="toolbar" aria-label={t('insert', lang)}>
        <Text weight="semibold">{labelled(t('insert', lang), lang)}</Text>
        <Button
          size="small"
          appearance="primary"
          disabled={disabled}
          onClick={() => void controller.insert('department')}
        >
          {t('insertDepartment', lang)}
        </Button>
        <Button size="small" disabled={disabled} onClick={() => void controller.insert('project')}>
          {t('insertProject', lang)}
        </Button>
        <Button size="small" disabled={disabled} onClick={() => void controller.insert('sample')}>
          {t('insertSample', lang)}
        </Button>
      </div>
      <div className={styles.bar} role="toolbar" aria-label={t('validate', lang)}>
        <Button disabled={disabled} onClick={() => void controller.validate()}>
          {t('validate', lang)}
        </Button>
        <Button disabled={disabled} onClick={() => void controller.writeFindingsSheet()}>
          {t('findingsSheet', lang)}
        </Button>
        <Button disabled={disabled} onClick={() => void controller.clearFlags()}>
          {t('clearFlags', lang)}
        </Button>
      </div>
    </>
  );
}
