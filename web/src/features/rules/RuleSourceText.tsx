/**
 * Where a rule parameter's value comes from: the seed document and its lines; a public page
 * outside the seeds, linked and marked 「資料外」; or Sousei's decision, marked 「判断」.
 */
import type { RuleSourceJson } from './api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export function RuleSourceText({ source }: { source: RuleSourceJson }) {
  const { t } = useI18n();
  const rule = source.ruleId ? <span className="rule-source-id"> （{t('rules.source.rule', { id: source.ruleId })}）</span> : null;
  if (source.kind === 'public') {
    return (
      <span className="rule-source">
        <span className="rule-mark rule-mark-public">{t('rules.source.public')}</span>{' '}
        {source.url ? (
          <a href={source.url} rel="noopener noreferrer" target="_blank">
            {source.document}
          </a>
        ) : (
          source.document
        )}
        {rule}
      </span>
    );
  }
  if (source.kind === 'decision') {
    return (
      <span className="rule-source">
        <span className="rule-mark rule-mark-decision">{t('rules.source.decision')}</span> {t('rules.source.decisionText')}
        {rule}
      </span>
    );
  }
  return (
    <span className="rule-source">
      {source.document}
      {source.lines ? ` ${t('rules.source.lines', { lines: source.lines })}` : ''}
      {rule}
    </span>
  );
}
