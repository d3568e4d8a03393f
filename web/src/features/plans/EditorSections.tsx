/** The editor's groups of single entry items, in the order of the plan page (概要, 【目標】, 【道筋】, 【政策手段】). */
import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { PlanType } from './api.ts';
import { useAreaNames } from './area-names.ts';
import { getAt } from './content-paths.ts';
import { CheckboxField, CodesField, NumberField, SelectField, TextField, useEditor } from './editor-fields.tsx';

const f = (t: (k: MessageKey) => string, key: string) => t(`plans.f.${key}` as MessageKey);

export function EditorSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="plan-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

/** Group of text items under one key of the content (vision.*, pathway.*, …). */
export function TextGroup({ group, keys }: { group: string; keys: readonly string[] }) {
  const { t } = useI18n();
  return (
    <>
      {keys.map((k) => (
        <TextField key={k} path={`${group}.${k}`} label={f(t, `${group}.${k}`)} multiline />
      ))}
    </>
  );
}

export function OutlineSection({ type, fields }: { type: PlanType; fields: readonly string[] }) {
  const { t } = useI18n();
  const { draft } = useEditor();
  const names = useAreaNames([...((getAt(draft, 'area.pref_codes') as string[] | undefined) ?? []), ...((getAt(draft, 'area.muni_codes') as string[] | undefined) ?? [])]);
  return (
    <EditorSection id="ed-outline" title={t('plans.sec.outline')}>
      <TextField path="title" label={f(t, 'title')} />
      <div className="field-row">
        <NumberField path="start_fy" label={f(t, 'start_fy')} hint={t('plans.edit.fyHint')} />
        <NumberField path="final_fy" label={f(t, 'final_fy')} hint={t('plans.edit.fyHint')} />
      </div>
      <fieldset>
        <legend>{f(t, 'area')}</legend>
        <CodesField path="area.pref_codes" label={f(t, 'area.pref_codes')} hint={t('plans.edit.codesHint')} names={names} />
        <CodesField path="area.muni_codes" label={f(t, 'area.muni_codes')} hint={t('plans.edit.codesHint')} names={names} />
        <CheckboxField path="area.non_contiguous" label={f(t, 'area.non_contiguous')} />
        <TextField path="area.reason" label={f(t, 'area.reason')} multiline />
      </fieldset>
      <fieldset>
        <legend>{f(t, 'field')}</legend>
        {type === 'A' ? (
          <SelectField path="field.strategic_field" label={f(t, 'field.strategic_field')} options={fields.map((x) => [x, x] as const)} nullable />
        ) : (
          <TextField path="field.domain" label={f(t, 'field.domain')} />
        )}
        <TextField path="field.reason" label={f(t, 'field.reason')} multiline />
      </fieldset>
      {type === 'A' ? <TextGroup group="type_a" keys={['roadmap_relation', 'international_advantage', 'soan_consistency']} /> : null}
    </EditorSection>
  );
}

export function MeansTextSection({ type }: { type: PlanType }) {
  const { t } = useI18n();
  return (
    <>
      <fieldset>
        <legend>{f(t, 'localisation')}</legend>
        <TextGroup group="localisation" keys={['policy', 'labour_tech_roadmap', 'local_capital', 'profit_reinvestment']} />
      </fieldset>
      <fieldset>
        <legend>{f(t, 'support')}</legend>
        <TextGroup group="support" keys={type === 'C' ? ['consultation_desk', 'mechanism', 'public_facility_note'] : ['structure']} />
      </fieldset>
      {type === 'A' ? <TextGroup group="type_a" keys={['infrastructure', 'national_policy_needs', 'policies_used']} /> : null}
      {type === 'B' ? <TextField path="basic_plan_link" label={f(t, 'basic_plan_link')} multiline /> : null}
    </>
  );
}
