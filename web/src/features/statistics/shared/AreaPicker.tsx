/**
 * Choosing areas by name or reading: type 「さっぽろ」「サッポロ」「札幌」 or a 団体コード, pick from the
 * matches (buttons, reachable with Tab), remove a chosen one with its ✕ button. The number of
 * matches is announced politely.
 */
import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { listAreas, NATION_CODE, type AreaSummary } from '../../../api/statistics.ts';
import { useAsync } from '../../../app/useAsync.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { foldKana } from './format.ts';
import './AreaPicker.css';

export interface AreaDirectory {
  list: AreaSummary[];
  byCode: Map<string, AreaSummary>;
  prefName: (prefCode: string | null | undefined) => string;
}

/** 全国, the 47 prefectures and every current municipality (for pickers and names). */
export function useAreaDirectory(): { data: AreaDirectory | undefined; error: unknown } {
  const { t } = useI18n();
  const res = useAsync(async () => {
    const [prefs, munis] = await Promise.all([listAreas('prefecture'), listAreas('municipality')]);
    const nation: AreaSummary = { code: NATION_CODE, name: t('stats.nation'), level: 'nation', type: '国', pref_code: null, kana: 'ぜんこく' };
    const list = [nation, ...prefs.areas, ...munis.areas];
    const byCode = new Map(list.map((a) => [a.code, a]));
    const prefByCode = new Map(prefs.areas.map((p) => [p.pref_code ?? p.code.slice(0, 2), p.name]));
    return { list, byCode, prefName: (pc: string | null | undefined) => (pc ? (prefByCode.get(pc) ?? '') : '') };
  }, [t]);
  return { data: res.data, error: res.error };
}

function matches(dir: AreaDirectory, q: string, exclude: Set<string>, limit = 20): AreaSummary[] {
  const f = foldKana(q.trim());
  if (!f) return [];
  const scored: Array<[number, AreaSummary]> = [];
  for (const a of dir.list) {
    if (exclude.has(a.code)) continue;
    const name = foldKana(a.name);
    const kana = a.kana ? foldKana(a.kana) : '';
    let s = -1;
    if (a.code.startsWith(f)) s = 0;
    else if (name.startsWith(f) || kana.startsWith(f)) s = 1;
    else if (name.includes(f) || kana.includes(f)) s = 2;
    else if (foldKana(`${dir.prefName(a.pref_code)}${a.name}`).includes(f)) s = 3;
    if (s >= 0) scored.push([s * 10 + (a.level === 'nation' ? 0 : a.level === 'prefecture' ? 1 : 2), a]);
  }
  return scored
    .sort((x, y) => x[0] - y[0] || x[1].code.localeCompare(y[1].code))
    .slice(0, limit)
    .map((x) => x[1]);
}

export function areaLabel(a: AreaSummary, dir: AreaDirectory): string {
  if (a.level === 'municipality' || a.level === 'ward') {
    const p = dir.prefName(a.pref_code);
    return p ? `${a.name}（${p}）` : a.name;
  }
  return a.name;
}

export function AreaPicker({
  label,
  hint,
  dir,
  selected,
  max,
  onAdd,
  onRemove,
}: {
  label: string;
  hint?: string;
  dir: AreaDirectory;
  selected: string[];
  max: number;
  onAdd: (code: string) => void;
  onRemove?: (code: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [q, setQ] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const deferred = useDeferredValue(q);
  const exclude = useMemo(() => new Set(selected), [selected]);
  const found = useMemo(() => matches(dir, deferred, exclude), [dir, deferred, exclude]);
  const full = selected.length >= max;

  return (
    <div className="area-picker">
      {onRemove ? (
        <div className="area-chosen">
          <p className="area-chosen-title" id={`${id}-chosen`}>
            {t('stats.picker.chosen', { n: selected.length, max })}
          </p>
          {selected.length === 0 ? (
            <p className="hint">{t('stats.picker.noneChosen')}</p>
          ) : (
            <ul aria-labelledby={`${id}-chosen`}>
              {selected.map((code) => {
                const a = dir.byCode.get(code);
                const name = a ? areaLabel(a, dir) : code;
                return (
                  <li key={code}>
                    <span>{name}</span>
                    <button
                      type="button"
                      className="button button-text button-small"
                      onClick={() => {
                        onRemove(code);
                        input.current?.focus();
                      }}
                      aria-label={t('stats.picker.remove', { name })}
                    >
                      <span aria-hidden="true">✕</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      ) : null}
      <div className="stats-field">
        <label htmlFor={`${id}-q`}>{label}</label>
        {hint ? (
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        <input
          ref={input}
          id={`${id}-q`}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          aria-describedby={hint ? `${id}-hint` : undefined}
          autoComplete="off"
          placeholder={t('stats.picker.placeholder')}
          disabled={full}
        />
      </div>
      {full ? <p className="hint">{t('stats.picker.full', { max })}</p> : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {deferred.trim() ? t('stats.picker.count', { n: found.length }) : ''}
      </p>
      {found.length > 0 && !full ? (
        <ul className="area-results" aria-label={t('stats.picker.results')}>
          {found.map((a) => (
            <li key={a.code}>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => {
                  onAdd(a.code);
                  setQ('');
                  // The pressed button goes away: keep the keyboard in the search field.
                  input.current?.focus();
                }}
              >
                <span aria-hidden="true">＋ </span>
                {areaLabel(a, dir)}
                {a.kana ? <span className="area-kana">{a.kana}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : deferred.trim() && !full ? (
        <p className="hint">{t('stats.picker.noMatch')}</p>
      ) : null}
    </div>
  );
}
