/**
 * The map's legend in HTML (readable, zoomable, translatable): one row per class with its range
 * and the number of areas in it, highest class first, then 「データなし」.
 */
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import type { Classification, ColorClass } from '../shared/classify.ts';
import { statValue } from '../shared/format.ts';

export function classRange(c: ColorClass, unit: string, lang: 'ja' | 'en', t: ReturnType<typeof useI18n>['t']): string {
  const f = (v: number) => statValue(v, unit, lang);
  if (c.from === null && c.to === null) return t('stats.legend.all');
  if (c.from === null) return t('stats.legend.below', { to: f(c.to!) });
  if (c.to === null) return t('stats.legend.above', { from: f(c.from) });
  return t('stats.legend.range', { from: f(c.from), to: f(c.to) });
}

export function MapLegend({ classes, unit, id }: { classes: Classification; unit: string; id?: string }) {
  const { t, lang } = useI18n();
  const rows = classes.classes.map((c, i) => ({ c, i })).reverse();
  return (
    <div className="map-legend" id={id}>
      <p className="map-legend-title">
        {t('stats.legend.title')}
        <span className="map-legend-kind">{classes.kind === 'diverging' ? t('stats.legend.diverging') : t('stats.legend.sequential')}</span>
      </p>
      <ul>
        {rows.map(({ c, i }) => (
          <li key={i}>
            <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
            <span className="map-legend-range">{classRange(c, unit, lang, t)}</span>
            <span className="map-legend-count">{t('stats.legend.count', { n: c.count })}</span>
          </li>
        ))}
        <li>
          <span className="swatch swatch-nodata" aria-hidden="true" />
          <span className="map-legend-range">{t('stats.noData')}</span>
          <span className="map-legend-count">{t('stats.legend.count', { n: classes.noData })}</span>
        </li>
      </ul>
    </div>
  );
}
