import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { paths } from '../../app/paths.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import './SearchBox.css';

/**
 * The header search box, on every page. A real GET form to /search (works without JavaScript);
 * with JavaScript it navigates inside the application.
 */
export function SearchBox() {
  const { t } = useI18n();
  const [location, navigate] = useLocation();
  const search = useSearch();
  const id = useId();
  const currentQ = location === '/search' ? (new URLSearchParams(search).get('q') ?? '') : '';
  const [q, setQ] = useState(currentQ);

  useEffect(() => {
    if (location === '/search') setQ(currentQ);
  }, [location, currentQ]);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    navigate(paths.search(q.trim()));
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not yet supported by every browser we serve; the form keeps the landmark by role
    <form role="search" className="search-box" action="/search" method="get" onSubmit={onSubmit}>
      <label htmlFor={id} className="search-label">
        {t('search.label')}
      </label>
      <div className="search-row">
        <input id={id} name="q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('search.placeholder')} autoComplete="off" enterKeyHint="search" />
        <button type="submit" className="button button-primary">
          {t('search.submit')}
        </button>
      </div>
    </form>
  );
}
