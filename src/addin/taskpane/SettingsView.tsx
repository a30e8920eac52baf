import { useState } from 'react';
import {
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Controller } from '../../app/controller';
import type { Lang } from '../../core/findings';
import { DEFAULT_PROFILE, parseProfile, SHARE_BOUNDS, type RuleProfile, type ShareOption } from '../../core/profile';
import { roundExcel } from '../../core/round';
import { labelled, t } from './i18n';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  weights: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(7em, 1fr))', gap: '6px' },
  input: { minWidth: 0, maxWidth: '12em' },
  fieldset: {
    minWidth: 0,
    margin: 0,
    padding: '4px 8px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  bar: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
});

const SHARES: ShareOption[] = ['overachievement', 'lowExecutionRate', 'budgetAdjustmentShare'];

type Draft = Record<ShareOption, string> & {
  reverseFormula: RuleProfile['reverseFormula'];
  capExecutionScore: boolean;
  weights: Record<string, string>;
};

/** A share as people write it: 0.9 → "90", 1.2 → "120" (the field shows the % sign). */
function asPercent(share: number): string {
  return String(roundExcel(share * 100, 4));
}

/** What the user typed in a % field, as the share the profile holds ("90" or "90%" → 0.9); NaN when not a number. */
function fromPercent(text: string): number {
  const trimmed = text
    .trim()
    .replace(/[%％]$/, '')
    .trim();
  return trimmed === '' ? NaN : Number(trimmed) / 100;
}

function toDraft(p: RuleProfile): Draft {
  return {
    reverseFormula: p.reverseFormula,
    overachievement: asPercent(p.overachievement),
    lowExecutionRate: asPercent(p.lowExecutionRate),
    budgetAdjustmentShare: asPercent(p.budgetAdjustmentShare),
    capExecutionScore: p.capExecutionScore,
    weights: Object.fromEntries(Object.entries(p.level1Weights).map(([k, v]) => [k, String(v)])),
  };
}

/** The profile the draft makes, with what is wrong in it; the report outlines the profile brought stay as they are. */
function readDraft(draft: Draft, profile: RuleProfile): ReturnType<typeof parseProfile> {
  const shares = Object.fromEntries(SHARES.map((k) => [k, fromPercent(draft[k])])) as Record<ShareOption, number>;
  const weights = Object.fromEntries(Object.entries(draft.weights).map(([k, v]) => [k, Number(v)]));
  return parseProfile({
    reverseFormula: draft.reverseFormula,
    capExecutionScore: draft.capExecutionScore,
    ...shares,
    level1Weights: weights,
    ...(profile.reportOutlines ? { reportOutlines: profile.reportOutlines } : {}),
  });
}

/**
 * The rule profile of rules.md in the accountant's terms — percentages as %, one line per option saying what it
 * changes, a way back to the default — saved into the workbook so that it travels with the file.
 */
export default function SettingsView({
  controller,
  profile,
  lang,
  capabilities,
}: {
  controller: Controller;
  profile: RuleProfile;
  lang: Lang;
  capabilities: string;
}) {
  const styles = useStyles();
  const [draft, setDraft] = useState(() => toDraft(profile));
  const { profile: parsed, problems } = readDraft(draft, profile);
  const invalid = (key: string) => problems.some((p) => p.en.includes(`option ${key} `));
  const isDefault = JSON.stringify(toDraft(DEFAULT_PROFILE)) === JSON.stringify(draft);
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        if (problems.length === 0) void controller.setProfile(parsed);
      }}
    >
      <Text as="h2" size={300} weight="semibold">
        {t('profileTitle', lang)}
      </Text>
      <Field label={t('reverseFormula', lang)} hint={t('reverseFormulaHint', lang)}>
        <RadioGroup
          value={draft.reverseFormula}
          onChange={(_, d) => setDraft({ ...draft, reverseFormula: d.value === 'ratio' ? 'ratio' : 'linear' })}
        >
          <Radio value="linear" label={t('linear', lang)} />
          <Radio value="ratio" label={t('ratio', lang)} />
        </RadioGroup>
      </Field>
      {SHARES.map((key) => (
        <ShareField
          key={key}
          option={key}
          value={draft[key]}
          invalid={invalid(key)}
          lang={lang}
          onChange={(value) => setDraft({ ...draft, [key]: value })}
        />
      ))}
      <Field hint={t('capExecutionScoreHint', lang)}>
        <Switch
          checked={draft.capExecutionScore}
          label={t('capExecutionScore', lang)}
          onChange={(_, d) => setDraft({ ...draft, capExecutionScore: d.checked })}
        />
      </Field>
      <Level1Weights
        weights={draft.weights}
        invalid={(name) => invalid(`level1Weights.${name}`)}
        lang={lang}
        onChange={(weights) => setDraft({ ...draft, weights })}
      />
      <div className={styles.bar}>
        <Button type="submit" appearance="primary" disabled={problems.length > 0}>
          {t('save', lang)}
        </Button>
        <Button disabled={isDefault} onClick={() => setDraft(toDraft(DEFAULT_PROFILE))}>
          {t('resetDefaults', lang)}
        </Button>
      </div>
      <Caption1>{t('resetDefaultsHint', lang)}</Caption1>
      <Caption1>
        {labelled(t('capabilities', lang), lang)}
        {capabilities}
      </Caption1>
    </form>
  );
}

/** A share option typed as a percentage, with what it changes, its default and its bounds when out of them. */
function ShareField({
  option,
  value,
  invalid,
  lang,
  onChange,
}: {
  option: ShareOption;
  value: string;
  invalid: boolean;
  lang: Lang;
  onChange: (value: string) => void;
}) {
  const styles = useStyles();
  const [min, max] = SHARE_BOUNDS[option].map((b) => `${asPercent(b)}%`);
  return (
    <Field
      label={t(option, lang)}
      hint={t(`${option}Hint`, lang).replace('{default}', `${asPercent(DEFAULT_PROFILE[option])}%`)}
      validationMessage={invalid ? t('invalidPercent', lang).replace('{min}', min).replace('{max}', max) : undefined}
      validationState={invalid ? 'error' : 'none'}
    >
      <Input
        className={styles.input}
        inputMode="decimal"
        contentAfter="%"
        value={value}
        onChange={(_, d) => onChange(d.value)}
      />
    </Field>
  );
}

/** The default weight of each level-1 indicator, in points. */
function Level1Weights({
  weights,
  invalid,
  lang,
  onChange,
}: {
  weights: Record<string, string>;
  invalid: (name: string) => boolean;
  lang: Lang;
  onChange: (weights: Record<string, string>) => void;
}) {
  const styles = useStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t('level1Weights', lang)}</legend>
      <Caption1 block>{t('level1WeightsHint', lang)}</Caption1>
      <div className={styles.weights}>
        {Object.keys(weights).map((k) => (
          <Field
            key={k}
            label={k}
            validationState={invalid(k) ? 'error' : 'none'}
            validationMessage={invalid(k) ? t('invalidWeight', lang) : undefined}
          >
            <Input
              className={styles.input}
              inputMode="decimal"
              contentAfter={t('points', lang)}
              value={weights[k]}
              onChange={(_, d) => onChange({ ...weights, [k]: d.value })}
            />
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
