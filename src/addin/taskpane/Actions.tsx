import { Button, Text, makeStyles } from '@fluentui/react-components';
import type { Controller, ControllerState } from '../../app/controller';
import type { Lang } from '../../core/findings';
import { labelled, t } from './i18n';

const useStyles = makeStyles({ bar: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' } });

export function Actions({
  controller,
  lang,
  disabled,
  rowsAsk,
}: {
  controller: Controller;
  lang: Lang;
  disabled: boolean;
  rowsAsk: ControllerState['rowsAsk'];
}) {
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
      <IndicatorRows controller={controller} lang={lang} disabled={disabled} ask={rowsAsk} />
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

/** 添加指标行 / 删除指标行; rows holding what the user typed go only after a second, explicit click. */
function IndicatorRows({
  controller,
  lang,
  disabled,
  ask,
}: {
  controller: Controller;
  lang: Lang;
  disabled: boolean;
  ask: ControllerState['rowsAsk'];
}) {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="toolbar" aria-label={t('indicatorRows', lang)}>
      <Text weight="semibold">{labelled(t('indicatorRows', lang), lang)}</Text>
      <Button
        size="small"
        disabled={disabled}
        title={t('addRowTip', lang)}
        onClick={() => void controller.addIndicatorRow()}
      >
        {t('addRow', lang)}
      </Button>
      <Button size="small" disabled={disabled} onClick={() => void controller.deleteIndicatorRow()}>
        {t('deleteRow', lang)}
      </Button>
      {ask && (
        <div role="alertdialog" aria-label={t('deleteRow', lang)} className={styles.bar}>
          <Text>{ask.text[lang]}</Text>
          <Button
            size="small"
            appearance="primary"
            disabled={disabled}
            onClick={() => void controller.deleteIndicatorRow(ask.first)}
          >
            {t('deleteAnyway', lang)}
          </Button>
          <Button size="small" onClick={() => controller.keepRows()}>
            {t('keepRow', lang)}
          </Button>
        </div>
      )}
    </div>
  );
}
