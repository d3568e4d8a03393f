/** The published snapshots, newest first; one compared with the previous on screen, and its Excel. */
import { useState } from 'react';
import { useAsync } from '../../app/useAsync.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { compareSnapshot, compareXlsxPath, listSnapshots } from './api.ts';
import { PublishSnapshotForm } from './PublishSnapshotForm.tsx';

function Comparison({ id, yen }: { id: string; yen: (v: number) => string }) {
  const { t } = useI18n();
  const cmp = useAsync((signal) => compareSnapshot(id, signal), [id]);
  if (cmp.error) return <ErrorMessage error={cmp.error} onRetry={cmp.reload} />;
  if (!cmp.data) return <Loading />;
  const c = cmp.data;
  return (
    <section className="invmap-compare" aria-labelledby="invmap-compare-heading">
      <h3 id="invmap-compare-heading">{t('invmap.compare.heading', { title: c.after.title })}</h3>
      {c.before === null ? <p>{t('invmap.compare.first')}</p> : null}
      <p>{t('invmap.compare.counts', { added: c.added.length, removed: c.removed.length, changed: c.changed.length, unchanged: c.unchanged })}</p>
      <p>
        <a className="button button-secondary" href={compareXlsxPath(id)} download>
          {t('invmap.compare.excel')}
        </a>
      </p>
      <TableScroll label={t('invmap.compare.caption')}>
        <table className="data-table">
          <caption>{t('invmap.compare.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('invmap.col.area')}</th>
              <th scope="col">{t('invmap.col.before')}</th>
              <th scope="col">{t('invmap.col.after')}</th>
              <th scope="col">{t('invmap.col.delta')}</th>
            </tr>
          </thead>
          <tbody>
            {c.by_prefecture.map((m) => (
              <tr key={m.pref_code}>
                <th scope="row">{m.pref_name}</th>
                <td className="num">{yen(m.before_amount)}</td>
                <td className="num">{yen(m.after_amount)}</td>
                <td className="num">{yen(m.delta)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

export function SnapshotsPanel({ yen }: { yen: (v: number) => string }) {
  const { t } = useI18n();
  const list = useAsync((signal) => listSnapshots(signal), []);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section aria-labelledby="invmap-snapshots">
      <h2 id="invmap-snapshots">{t('invmap.snapshots')}</h2>
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {list.data && list.data.snapshots.length === 0 ? <p>{t('invmap.snapshots.none')}</p> : null}
      <ul className="invmap-snapshots">
        {list.data?.snapshots.map((s) => (
          <li key={s.id}>
            {t('invmap.snapshot.item', { title: s.title, date: s.as_of, n: s.projects, amount: yen(s.amount_yen) })}{' '}
            <button type="button" className="button button-secondary button-small" aria-pressed={open === s.id} onClick={() => setOpen(open === s.id ? null : s.id)}>
              {t('invmap.compare')}
            </button>
          </li>
        ))}
      </ul>
      {open ? <Comparison id={open} yen={yen} /> : null}
      <PublishSnapshotForm onPublished={list.reload} />
    </section>
  );
}
