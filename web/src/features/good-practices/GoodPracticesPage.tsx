/**
 * /good-practices: Japanese full-text search over the validated cases (kana, widths, partial
 * words), and "cases for my government" — from its 類似団体 and from regions that met the same
 * problem first, each with the reason the API gives. Signed in, the code defaults to one's own.
 */
import { type FormEvent, useState } from 'react';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from '../auth/SessionContext.tsx';
import { getVocabulary, listCases, searchCases, suggestCases } from './api.ts';
import { CaseSummary } from './CaseSummary.tsx';
import { MyCases } from './MyCases.tsx';
import './good-practices.css';

function Search() {
  const { t } = useI18n();
  const [q, setQ] = useState({ text: '', field: '' });
  const vocab = useAsync((s) => getVocabulary(s), []);
  const results = useAsync((s) => (q.text ? searchCases(q.text, q.field, s) : listCases(s)), [q.text, q.field]);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    setQ({ text: String(fd.get('q') ?? '').trim(), field: String(fd.get('field') ?? '') });
  };
  return (
    <section aria-labelledby="gp-search-h" className="panel">
      <h2 id="gp-search-h">{t('gp.search.submit')}</h2>
      <form onSubmit={onSubmit} className="gp-form" aria-label={t('gp.search.submit')}>
        <div className="field">
          <label htmlFor="gp-q">{t('gp.search.label')}</label>
          <input id="gp-q" name="q" type="search" maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="gp-field">{t('gp.search.field')}</label>
          <select id="gp-field" name="field" defaultValue="">
            <option value="">{t('gp.search.anyField')}</option>
            {vocab.data?.fields.map((f) => (
              <option key={f.key} value={f.key}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('gp.search.submit')}</button>
      </form>
      {results.error ? <ErrorMessage error={results.error} /> : null}
      {results.loading && !results.data ? <Loading /> : null}
      {results.data ? (
        <div aria-live="polite">
          <h3>{q.text ? t('gp.search.results', { n: results.data.total }) : t('gp.recent')}</h3>
          {results.data.cases.length === 0 ? <p>{t('gp.search.none')}</p> : null}
          <ul className="gp-list">
            {results.data.cases.map((c) => (
              <CaseSummary key={c.id} c={c} />
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function Suggest({ initial }: { initial: string }) {
  const { t } = useI18n();
  const [code, setCode] = useState(initial);
  const r = useAsync((s) => (code ? suggestCases(code, s) : Promise.resolve(null)), [code]);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setCode(String(new FormData(e.currentTarget).get('code') ?? '').trim());
  };
  return (
    <section aria-labelledby="gp-suggest-h" className="panel">
      <h2 id="gp-suggest-h">{t('gp.suggest.title')}</h2>
      <p>{t('gp.suggest.intro')}</p>
      <form onSubmit={onSubmit} className="gp-form">
        <div className="field">
          <label htmlFor="gp-code">{t('gp.suggest.code')}</label>
          <input id="gp-code" name="code" inputMode="numeric" maxLength={12} defaultValue={initial} autoComplete="off" />
        </div>
        <button type="submit">{t('gp.suggest.submit')}</button>
      </form>
      {r.error ? <ErrorMessage error={r.error} /> : null}
      {r.data ? (
        <div aria-live="polite">
          <h3>{t('gp.suggest.for', { name: r.data.area.name, code: r.data.area.code })}</h3>
          {r.data.similar.group_label ? <p>{t('gp.suggest.similar', { group: r.data.similar.group_label })}</p> : null}
          {r.data.similar.note ? <p>{r.data.similar.note}</p> : null}
          {r.data.cases.length === 0 ? <p>{t('gp.suggest.none')}</p> : null}
          <ul className="gp-list">
            {r.data.cases.map((c) => (
              <CaseSummary key={c.id} c={c}>
                <ul className="gp-reasons">
                  {c.reasons.map((x) => (
                    <li key={x.kind + x.text}>{x.text}</li>
                  ))}
                </ul>
              </CaseSummary>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

export function GoodPracticesPage() {
  const { t } = useI18n();
  usePageTitle(t('gp.list.title'));
  const { user } = useSession();
  const own = user && /^\d{6}$/.test(user.org_code) && user.org_code !== '000000' ? user.org_code : '';
  return (
    <>
      <h1>{t('gp.list.title')}</h1>
      <p>{t('gp.list.intro')}</p>
      {user ? <MyCases /> : null}
      <Search />
      <Suggest initial={own} />
    </>
  );
}
