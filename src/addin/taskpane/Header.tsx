import { Button, Spinner, Text, makeStyles } from '@fluentui/react-components';
import type { Lang } from '../../core/findings';
import { t } from './i18n';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px' },
});

export function Header({ lang, busy, onLang }: { lang: Lang; busy: boolean; onLang?: (lang: Lang) => void }) {
  const styles = useStyles();
  return (
    <header className={styles.row}>
      <Text as="h1" size={500} weight="semibold">
        {t('title', lang)}
      </Text>
      {busy && <Spinner size="extra-tiny" aria-label={t('busy', lang)} />}
      {onLang && (
        <Button
          size="small"
          appearance="subtle"
          title={t('languageLabel', lang)}
          onClick={() => onLang(lang === 'zh' ? 'en' : 'zh')}
        >
          {t('language', lang)}
        </Button>
      )}
    </header>
  );
}
