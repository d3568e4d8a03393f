/** The audit trail (GET …/audit): 日時, 実行者, 操作, 内容 — newest first. */
import { getAudit } from '../../api/endpoints.ts';
import { useAsync } from '../../app/useAsync.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { formatTimestamp } from '../../format/period.ts';
import { useI18n, type Translate } from '../../i18n/I18nProvider.tsx';

const ACTIONS: Record<string, MessageKey> = {
  'catalog.create': 'audit.action.catalog.create',
  'catalog.replace': 'audit.action.catalog.replace',
  'observations.upsert': 'audit.action.observations.upsert',
  'kpis.upsert': 'audit.action.kpis.upsert',
  'kpi.bind': 'audit.action.kpi.bind',
  'kpi.unbind': 'audit.action.kpi.unbind',
};

/**
 * A user by the display name the API joins in (`actor_label`; entries keep only the user's id),
 * 'cli:root' → CLI（root）, 'system:reference-data' → システム（reference-data）.
 */
function actorText(actor: string, label: string, t: Translate): string {
  const i = actor.indexOf(':');
  const kind = i < 0 ? actor : actor.slice(0, i);
  const who = actor.slice(i + 1);
  if (kind === 'cli') return t('audit.actor.cli', { who });
  if (kind === 'system') return t('audit.actor.system', { who });
  return label;
}

export function AuditTrail({ sid, version }: { sid: string; version: number }) {
  const { t, lang } = useI18n();
  const audit = useAsync((signal) => getAudit(sid, 50, signal), [sid, version]);
  const entries = audit.data?.entries ?? [];
  return (
    <>
      {audit.error ? <ErrorMessage error={audit.error} onRetry={audit.reload} /> : null}
      {audit.loading && !audit.data ? <Loading /> : null}
      {audit.data ? (
        entries.length === 0 ? (
          <p>{t('entry.audit.none')}</p>
        ) : (
          <TableScroll label={t('entry.audit')}>
            <table className="data-table audit-table">
              <caption className="visually-hidden">{t('entry.audit')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('entry.audit.when')}</th>
                  <th scope="col">{t('entry.audit.actor')}</th>
                  <th scope="col">{t('entry.audit.action')}</th>
                  <th scope="col">{t('entry.audit.summary')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => {
                  const key = ACTIONS[e.action];
                  return (
                    <tr key={e.id}>
                      <td className="nowrap">
                        <time dateTime={e.occurred_at}>{formatTimestamp(e.occurred_at, lang)}</time>
                      </td>
                      <td>{actorText(e.actor, e.actor_label, t)}</td>
                      <td>{key ? t(key) : e.action_label}</td>
                      <td lang="ja">{e.summary}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )
      ) : null}
    </>
  );
}
