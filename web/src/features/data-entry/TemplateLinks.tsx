/** Links to the import templates (CSV and Excel) of the tables this page imports. */
import { importTemplateUrl } from '../../api/endpoints.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

const KINDS = ['observations', 'kpis'] as const;

export function TemplateLinks() {
  const { t } = useI18n();
  return (
    <div className="template-links">
      <p className="hint">{t('entry.templates')}</p>
      <ul>
        {KINDS.flatMap((kind) =>
          (['csv', 'xlsx'] as const).map((format) => (
            <li key={`${kind}-${format}`}>
              <a href={importTemplateUrl(kind, format)} download>
                {t(`entry.template.${format}`, { what: t(`entry.template.${kind}`) })}
              </a>
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
