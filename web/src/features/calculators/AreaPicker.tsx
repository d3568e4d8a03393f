/**
 * A local government by its 団体コード or by name: a 6-digit code is read back with its name;
 * other text lists the matching prefectures and municipalities (from /api/v1/areas, loaded when
 * the field is first used) as buttons that fill in the code.
 */
import { useState } from 'react';
import { listAreas, type AreaSummary } from '../../api/statistics.ts';
import { useAsync } from '../../app/useAsync.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

const SHOWN = 8;

async function allAreas(): Promise<AreaSummary[]> {
  const [prefs, munis] = await Promise.all([listAreas('prefecture'), listAreas('municipality')]);
  return [...prefs.areas, ...munis.areas];
}

export function AreaPicker({ id, label, hint, value, onChange, error }: { id: string; label: string; hint: string; value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useI18n();
  const [used, setUsed] = useState(false);
  const areas = useAsync((): Promise<AreaSummary[]> => (used ? allAreas() : Promise.resolve([])), [used]);
  const list = areas.data ?? [];
  const prefName = new Map(list.filter((a) => a.level === 'prefecture').map((a) => [a.pref_code, a.name]));
  const text = value.normalize('NFKC').trim();
  const isCode = /^\d{6}$/.test(text);
  const named = isCode ? list.find((a) => a.code === text) : undefined;
  const matches = !isCode && text.length > 0 ? list.filter((a) => a.name.includes(text) || (a.kana ?? '').includes(text)).slice(0, SHOWN) : [];
  const place = (a: AreaSummary) => (a.level === 'prefecture' ? a.name : `${prefName.get(a.pref_code) ?? ''}${a.name}`);
  const described = [`${id}-hint`, `${id}-info`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field calc-area">
      <label htmlFor={id}>
        {label}
        <span className="optional-mark">（{t('calc.optional')}）</span>
      </label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        name={id}
        type="text"
        className="calc-input-medium"
        autoComplete="off"
        value={value}
        onFocus={() => setUsed(true)}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
      />
      <p className="field-info" id={`${id}-info`}>
        {isCode ? (named ? t('calc.area.named', { code: text, name: place(named) }) : areas.loading ? '' : t('calc.area.unknownCode', { code: text })) : ''}
      </p>
      {matches.length > 0 ? (
        <ul className="calc-area-matches" aria-label={t('calc.area.matches', { label })}>
          {matches.map((a) => (
            <li key={a.code}>
              <button type="button" className="button button-secondary button-small" onClick={() => onChange(a.code)}>
                {t('calc.area.choose', { name: place(a), code: a.code })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
