/**
 * One draft KPI under review: its fields (each labelled, its error beside it) and, beside them —
 * below them on a phone — the document's lines around the line it came from, that line marked,
 * with its page and line number, so the planner checks each figure against the source.
 */
import { type FormErrors, FieldError, describedBy } from '../grants/form-errors.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { DocumentLine } from './api.ts';
import { type Direction, type KpiField, type KpiForm, type TargetForm, emptyTargetForm, kpiFieldId, sourceContext } from './draft-form.ts';
import { type NodeForm, nodeOptionLabel, outlineOrder } from './tree-form.ts';

const DIRECTIONS: Direction[] = ['increase', 'decrease', 'maintain'];

function SourceLines({ kpi, lines }: { kpi: KpiForm; lines: readonly DocumentLine[] }) {
  const { t } = useI18n();
  const headingId = `kpi-${kpi.key}-source`;
  if (!kpi.source) return <p className="hint strategy-doc-source">{t('strategyDoc.kpi.byHand')}</p>;
  const source = kpi.source;
  const context = sourceContext(lines, source);
  const where = t('strategyDoc.source.where', { page: source.page === null ? '' : t('strategyDoc.source.page', { n: source.page }), line: source.line });
  return (
    <section className="strategy-doc-source" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t('strategyDoc.source.title')}（{where}）
      </h4>
      <ol className="strategy-doc-lines">
        {(context.length > 0 ? context : [{ page: source.page, line: source.line, text: source.text }]).map((l) => {
          const matched = l.line === source.line;
          return (
            <li key={l.line} className={matched ? 'matched' : undefined} aria-current={matched ? 'true' : undefined}>
              <span className="line-no">{l.line}</span>
              {matched ? (
                <mark lang="ja">
                  <span className="visually-hidden">{t('strategyDoc.source.matched')}: </span>
                  {l.text}
                </mark>
              ) : (
                <span lang="ja">{l.text}</span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Every target of the KPI, each with its figure and period; rows added and removed. */
function TargetRows({ kpi, errors, onChange }: { kpi: KpiForm; errors: FormErrors; onChange: (kpi: KpiForm) => void }) {
  const { t } = useI18n();
  const set = (key: string, patch: Partial<TargetForm>) => onChange({ ...kpi, targets: kpi.targets.map((x) => (x.key === key ? { ...x, ...patch } : x)) });
  const listId = kpiFieldId(kpi.key, 'targets');
  return (
    <div className="strategy-doc-targets">
      <p className="strategy-doc-targets-title" id={`${listId}-title`}>
        {t('strategyDoc.kpi.targets')}
      </p>
      {kpi.targets.length === 0 ? <p className="hint">{t('strategyDoc.kpi.noTargets')}</p> : null}
      {kpi.targets.map((target, n) => {
        const field = (f: 'targetValue' | 'targetPeriod', hint: string) => {
          const fid = kpiFieldId(kpi.key, `${f}-${target.key}`);
          return (
            <div className="field">
              <label htmlFor={fid}>
                {t(`strategyDoc.kpi.${f}`)}
                {kpi.targets.length > 1 ? ` ${n + 1}` : ''}
              </label>
              <p className="hint" id={`${fid}-hint`}>
                {hint}
              </p>
              <input
                id={fid}
                type="text"
                value={f === 'targetValue' ? target.value : target.period}
                onChange={(e) => set(target.key, f === 'targetValue' ? { value: e.target.value } : { period: e.target.value })}
                aria-invalid={errors.at(fid) ? true : undefined}
                aria-describedby={describedBy(fid, errors, `${fid}-hint`)}
              />
              <FieldError fieldId={fid} errors={errors} />
            </div>
          );
        };
        return (
          <fieldset key={target.key} className="strategy-doc-target">
            <legend>{t('strategyDoc.kpi.targetLegend', { n: n + 1 })}</legend>
            <div className="field-row">
              {field('targetValue', t('strategyDoc.kpi.valueHint'))}
              {field('targetPeriod', t('strategyDoc.kpi.periodHint'))}
            </div>
            {target.text ? <p className="hint">{t('strategyDoc.kpi.targetWords', { text: target.text })}</p> : null}
            <button type="button" className="button button-secondary" onClick={() => onChange({ ...kpi, targets: kpi.targets.filter((x) => x.key !== target.key) })}>
              {t('strategyDoc.kpi.removeTarget')}
              <span className="visually-hidden">{t('strategyDoc.kpi.targetLegend', { n: n + 1 })}</span>
            </button>
          </fieldset>
        );
      })}
      <button
        id={listId}
        type="button"
        className="button button-secondary"
        onClick={() => onChange({ ...kpi, targets: [...kpi.targets, emptyTargetForm(kpi)] })}
        aria-describedby={describedBy(listId, errors)}
      >
        {t('strategyDoc.kpi.addTarget')}
      </button>
      <FieldError fieldId={listId} errors={errors} />
    </div>
  );
}

interface Props {
  kpi: KpiForm;
  nodes: readonly NodeForm[];
  index: number;
  lines: readonly DocumentLine[];
  errors: FormErrors;
  onChange: (kpi: KpiForm) => void;
  onRemove: () => void;
}

export function KpiReview({ kpi, nodes, index, lines, errors, onChange, onRemove }: Props) {
  const { t } = useI18n();
  const id = (f: KpiField) => kpiFieldId(kpi.key, f);
  const text = (f: 'name' | 'unit' | 'baselineValue' | 'baselinePeriod', hint?: string) => (
    <div className="field">
      <label htmlFor={id(f)}>{t(`strategyDoc.kpi.${f}`)}</label>
      {hint ? (
        <p className="hint" id={`${id(f)}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={id(f)}
        type="text"
        value={kpi[f]}
        onChange={(e) => onChange({ ...kpi, [f]: e.target.value })}
        aria-invalid={errors.at(id(f)) ? true : undefined}
        aria-describedby={describedBy(id(f), errors, hint ? `${id(f)}-hint` : undefined)}
      />
      <FieldError fieldId={id(f)} errors={errors} />
    </div>
  );
  const name = kpi.name.trim() || t('strategyDoc.kpi.unnamed');
  return (
    <li className="strategy-doc-kpi">
      <fieldset>
        <legend>{t('strategyDoc.kpi.legend', { n: index + 1, name })}</legend>
        <div className="strategy-doc-kpi-grid">
          <div className="strategy-doc-fields">
            <p className="strategy-doc-meta">
              {kpi.layout ? <span className="tag">{t(`strategyDoc.layout.${kpi.layout}`)}</span> : null}
              {kpi.confidence !== null ? <span>{t('strategyDoc.kpi.confidence', { pct: Math.round(kpi.confidence * 100) })}</span> : null}
            </p>
            {kpi.warnings.length > 0 ? (
              <div className="notice notice-info strategy-doc-warnings">
                <p className="notice-label">{t('strategyDoc.kpi.warnings')}</p>
                <ul lang="ja">
                  {kpi.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {text('name')}
            <div className="field">
              <label htmlFor={id('node')}>{t('strategyDoc.kpi.node')}</label>
              <select
                id={id('node')}
                value={kpi.node}
                onChange={(e) => onChange({ ...kpi, node: e.target.value })}
                aria-invalid={errors.at(id('node')) ? true : undefined}
                aria-describedby={describedBy(id('node'), errors)}
              >
                {outlineOrder(nodes).map((n) => (
                  <option key={n.key} value={n.key}>
                    {nodeOptionLabel(nodes, n)}
                  </option>
                ))}
              </select>
              <FieldError fieldId={id('node')} errors={errors} />
            </div>
            <div className="field-row">
              {text('baselineValue')}
              {text('baselinePeriod', t('strategyDoc.kpi.periodHint'))}
            </div>
            <TargetRows kpi={kpi} errors={errors} onChange={onChange} />
            <div className="field-row">
              {text('unit')}
              <div className="field">
                <label htmlFor={id('direction')}>{t('strategyDoc.kpi.direction')}</label>
                <select
                  id={id('direction')}
                  value={kpi.direction}
                  onChange={(e) => onChange({ ...kpi, direction: e.target.value as Direction })}
                  aria-invalid={errors.at(id('direction')) ? true : undefined}
                  aria-describedby={describedBy(id('direction'), errors)}
                >
                  {DIRECTIONS.map((d) => (
                    <option key={d} value={d}>
                      {t(`direction.${d}`)}
                    </option>
                  ))}
                </select>
                <FieldError fieldId={id('direction')} errors={errors} />
              </div>
            </div>
            <button type="button" className="button button-secondary" onClick={onRemove}>
              {t('strategyDoc.kpi.remove')}
              <span className="visually-hidden">{t('strategyDoc.kpi.removeLabel', { name })}</span>
            </button>
          </div>
          <SourceLines kpi={kpi} lines={lines} />
        </div>
      </fieldset>
    </li>
  );
}
