/** 指標の説明: what an indicator is, its unit, source, licence, frequency, notes and periods held. */
import type { ReactNode } from 'react';
import type { Indicator } from '../../../api/statistics.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { Attribution } from './Attribution.tsx';
import { indicatorName, periodText } from './format.ts';

function Def({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function IndicatorInfo({ indicator, attribution, headingLevel = 2 }: { indicator: Indicator; attribution?: string[]; headingLevel?: 2 | 3 }) {
  const { t, lang } = useI18n();
  const H = `h${headingLevel}` as const;
  const id = `ind-${indicator.code}`;
  const first = indicator.periods[0];
  const last = indicator.periods[indicator.periods.length - 1];
  const levels = indicator.levels.map((l) => t(`stats.levelName.${l}`)).join(t('list.separator'));
  return (
    <section className="panel" aria-labelledby={id}>
      <H id={id}>{t('stats.indicatorInfo', { name: indicatorName(indicator, lang) })}</H>
      <dl className="definition">
        <Def term={t('stats.info.name')}>
          {indicator.name}
          {indicator.name_en ? (
            <span className="cell-sub" lang="en">
              {indicator.name_en}
            </span>
          ) : null}
        </Def>
        <Def term={t('stats.info.code')}>
          <code>{indicator.code}</code>
        </Def>
        <Def term={t('stats.info.category')}>{indicator.category_label ?? indicator.category}</Def>
        <Def term={t('stats.info.unit')}>{indicator.unit || '—'}</Def>
        <Def term={t('stats.info.levels')}>{levels || '—'}</Def>
        <Def term={t('stats.info.periods')}>
          {first && last ? t('stats.info.periodRange', { from: periodText(first, lang), to: periodText(last, lang), n: indicator.periods.length }) : '—'}
        </Def>
        {indicator.frequency ? <Def term={t('stats.info.frequency')}>{indicator.frequency}</Def> : null}
        <Def term={t('stats.info.source')}>
          <span lang="ja">{indicator.source}</span>
        </Def>
        {indicator.licence ? (
          <Def term={t('stats.info.licence')}>
            <span lang="ja">{indicator.licence}</span>
          </Def>
        ) : null}
        {indicator.notes ? (
          <Def term={t('stats.info.notes')}>
            <span lang="ja">{indicator.notes}</span>
          </Def>
        ) : null}
      </dl>
      <Attribution lines={attribution} />
    </section>
  );
}
