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
import { parseProfile, type RuleProfile } from '../../core/profile';
import { labelled, t } from './i18n';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  weights: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '6px' },
});

type Draft = Record<'overachievement' | 'lowExecutionRate' | 'budgetAdjustmentShare', string> & {
  reverseFormula: RuleProfile['reverseFormula'];
  capExecutionScore: boolean;
  weights: Record<string, string>;
};

function toDraft(p: RuleProfile): Draft {
  return {
    reverseFormula: p.reverseFormula,
    overachievement: String(p.overachievement),
    lowExecutionRate: String(p.lowExecutionRate),
    budgetAdjustmentShare: String(p.budgetAdjustmentShare),
    capExecutionScore: p.capExecutionScore,
    weights: Object.fromEntries(Object.entries(p.level1Weights).map(([k, v]) => [k, String(v)])),
  };
}

/** The rule profile of rules.md, edited and saved into the workbook so that it travels with the file. */
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
  const numbers = {
    overachievement: Number(draft.overachievement),
    lowExecutionRate: Number(draft.lowExecutionRate),
    budgetAdjustmentShare: Number(draft.budgetAdjustmentShare),
  };
  const weights = Object.fromEntries(Object.entries(draft.weights).map(([k, v]) => [k, Number(v)]));
  const candidate = {
    reverseFormula: draft.reverseFormula,
    capExecutionScore: draft.capExecutionScore,
    ...numbers,
    level1Weights: weights,
  };
  const { profile: parsed, problems } = parseProfile(candidate);
  const invalid = (key: string) => problems.some((p) => p.en.includes(key));
  const numberField = (key: keyof typeof numbers) => (
    <Field
      label={t(key, lang)}
      validationMessage={invalid(key) ? t('invalidNumber', lang) : undefined}
      validationState={invalid(key) ? 'error' : 'none'}
    >
      <Input type="number" step="0.01" value={draft[key]} onChange={(_, d) => setDraft({ ...draft, [key]: d.value })} />
    </Field>
  );
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
      <Field label={t('reverseFormula', lang)}>
        <RadioGroup
          value={draft.reverseFormula}
          onChange={(_, d) => setDraft({ ...draft, reverseFormula: d.value === 'ratio' ? 'ratio' : 'linear' })}
        >
          <Radio value="linear" label={t('linear', lang)} />
          <Radio value="ratio" label={t('ratio', lang)} />
        </RadioGroup>
      </Field>
      {numberField('overachievement')}
      {numberField('lowExecutionRate')}
      {numberField('budgetAdjustmentShare')}
      <Switch
        checked={draft.capExecutionScore}
        label={t('capExecutionScore', lang)}
        onChange={(_, d) => setDraft({ ...draft, capExecutionScore: d.checked })}
      />
      <fieldset>
        <legend>{t('level1Weights', lang)}</legend>
        <div className={styles.weights}>
          {Object.keys(draft.weights).map((k) => (
            <Field key={k} label={k} validationState={invalid(`level1Weights.${k}`) ? 'error' : 'none'}>
              <Input
                type="number"
                value={draft.weights[k]}
                onChange={(_, d) => setDraft({ ...draft, weights: { ...draft.weights, [k]: d.value } })}
              />
            </Field>
          ))}
        </div>
      </fieldset>
      <Button type="submit" appearance="primary" disabled={problems.length > 0}>
        {t('save', lang)}
      </Button>
      <Caption1>
        {labelled(t('capabilities', lang), lang)}
        {capabilities}
      </Caption1>
    </form>
  );
}
