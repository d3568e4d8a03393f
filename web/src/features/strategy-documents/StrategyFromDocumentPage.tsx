/**
 * /strategies/new/from-document: the planner uploads the strategy's document (the extraction is
 * public and stores nothing), reviews every extracted KPI beside its source lines, corrects,
 * removes or adds KPIs, and accepts: one request creates the strategy of their own government
 * with every KPI, or answers the problems (each linked to its field) and stores nothing. Signed
 * out or without editor rights, the server's refusal is what the planner sees.
 */
import { type FormEvent, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { ApiError, invalidate } from '../../api/client.ts';
import { paths } from '../../app/paths.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SubmitActions } from '../../components/SubmitActions.tsx';
import { todayJst } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from '../auth/SessionContext.tsx';
import { formErrors, NO_ERRORS, FieldError, describedBy, type FormErrors, type LocatedField } from '../grants/form-errors.tsx';
import { type ExtractResponse, MAX_DOCUMENT_MB, acceptDraft, extractDocument, strategyDocumentPaths } from './api.ts';
import { type KpiForm, emptyKpiForm, fieldLabelKey, fieldOfIssue, kpiDocument, kpiFieldId, kpiFormOf, proposedPeriod } from './draft-form.ts';
import { KpiReview } from './KpiReview.tsx';
import { type NodeForm, nodeDocuments, nodeFormsOf, nodeOfIssue, outlineOrder } from './tree-form.ts';
import { nodeFieldId, TreeReview } from './TreeReview.tsx';
import './strategy-documents.css';

const FILE_ID = 'doc-file';

function thisFiscalYear(): number {
  const [y, m] = todayJst().split('-').map(Number) as [number, number];
  return m >= 4 ? y : y - 1;
}

function UploadForm({ onExtracted }: { onExtracted: (r: ExtractResponse, file: string) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const summary = useRef<HTMLDivElement>(null);
  const label = t('strategyDoc.upload.file');
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const file = (e.currentTarget.elements.namedItem('file') as HTMLInputElement).files?.[0];
    if (!file) {
      setErrors(formErrors(null, () => null, [{ id: FILE_ID, label, message: t('strategyDoc.upload.noFile') }]));
      summary.current?.focus();
      return;
    }
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      onExtracted(await extractDocument(file), file.name);
    } catch (err) {
      // A bad file: the server's issues, each with the file it names and the reason; any other refusal (413, 429) with the file's name.
      const fields = err instanceof ApiError && err.issues.length > 0 ? err.issues.map((i) => ({ id: FILE_ID, label, message: `${i.file ?? file.name}: ${i.reason}` })) : [];
      setErrors(fields.length > 0 ? formErrors(null, () => null, fields) : formErrors(new Error(`${file.name}: ${err instanceof Error ? err.message : String(err)}`), () => null));
      setBusy(false);
      summary.current?.focus();
    }
  };
  return (
    <section className="panel" aria-labelledby="doc-upload-title">
      <h2 id="doc-upload-title">{t('strategyDoc.upload.title')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary summaryRef={summary} heading={(n) => t('strategyDoc.upload.errors', { n })} fields={errors.fields} formError={errors.formError} />
        <div className="field">
          <label htmlFor={FILE_ID}>{label}</label>
          <p className="hint" id={`${FILE_ID}-hint`}>
            {t('strategyDoc.upload.hint', { mb: MAX_DOCUMENT_MB })}
          </p>
          <input
            id={FILE_ID}
            name="file"
            type="file"
            accept=".pdf,.docx,.txt,.csv,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
            aria-invalid={errors.at(FILE_ID) ? true : undefined}
            aria-describedby={describedBy(FILE_ID, errors, `${FILE_ID}-hint`)}
          />
          <FieldError fieldId={FILE_ID} errors={errors} />
        </div>
        <SubmitActions busy={busy} label={t('strategyDoc.upload.submit')} busyLabel={t('strategyDoc.upload.busy')} />
      </form>
    </section>
  );
}

const HEADER_FIELDS = ['name', 'from', 'to'] as const;

function Review({ extracted, file, onRestart }: { extracted: ExtractResponse; file: string; onRestart: () => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [, navigate] = useLocation();
  const nextKey = useRef(extracted.draft.kpis.length);
  // Node keys are the draft's node ids, so a KPI's node is its draft node to begin with.
  const [nodes, setNodes] = useState<NodeForm[]>(() => nodeFormsOf(extracted.draft.nodes));
  const [kpis, setKpis] = useState<KpiForm[]>(() => extracted.draft.kpis.map((k, i) => kpiFormOf(k, String(i))));
  const period = proposedPeriod(extracted.draft.kpis, thisFiscalYear());
  const [header, setHeader] = useState({ name: extracted.draft.strategy.name, from: period.from, to: period.to });
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const summary = useRef<HTMLDivElement>(null);
  const { document } = extracted;
  const headerLabel = (f: (typeof HEADER_FIELDS)[number]) => t(`strategyDoc.accept.${f}`);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const sent = kpis;
    const sentNodes = nodes;
    const idOf = new Map(sentNodes.map((n) => [n.key, n.id]));
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const body = { ...header, source_file: file, nodes: nodeDocuments(sentNodes), kpis: sent.map((k) => kpiDocument(k, (key) => idOf.get(key) ?? key)) };
      const { strategy } = await acceptDraft(body);
      invalidate('/api/v1/strategies');
      // The new strategy's overview: its logic model as accepted.
      navigate(paths.overview(strategy.id, undefined));
    } catch (err) {
      const locate = (column: string): LocatedField | null => {
        if ((HEADER_FIELDS as readonly string[]).includes(column)) return { id: `accept-${column}`, label: headerLabel(column as (typeof HEADER_FIELDS)[number]) };
        if (column === 'kpis') return { id: 'kpi-add', label: t('strategyDoc.accept.kpis') };
        const node = nodeOfIssue(column, sentNodes);
        if (node) return { id: nodeFieldId(node.key), label: `${node.name || node.id} ${t('strategyDoc.tree.name')}` };
        const hit = fieldOfIssue(column, sent);
        return hit ? { id: kpiFieldId(hit.kpi.key, hit.field), label: `${hit.kpi.name || hit.kpi.id} ${t(fieldLabelKey(hit.field))}` } : null;
      };
      setErrors(formErrors(err, locate, [], strategyDocumentPaths.fromDocument()));
      setBusy(false);
      summary.current?.focus();
    }
  };

  const pages = document.pages === null ? t('strategyDoc.review.noPages') : t('strategyDoc.review.pages', { n: document.pages });
  return (
    <form onSubmit={onSubmit} noValidate>
      <TreeReview nodes={nodes} kpis={kpis} errors={errors} onChange={setNodes} />
      <section className="panel" aria-labelledby="doc-review-title">
        <h2 id="doc-review-title">{t('strategyDoc.review.title')}</h2>
        <p>{t('strategyDoc.review.summary', { file, pages, n: extracted.draft.kpis.length })}</p>
        {kpis.length === 0 ? <p>{t('strategyDoc.review.none')}</p> : null}
        <ol className="strategy-doc-kpis">
          {kpis.map((k, i) => (
            <KpiReview
              key={k.key}
              kpi={k}
              nodes={nodes}
              index={i}
              lines={document.lines}
              errors={errors}
              onChange={(next) => setKpis((all) => all.map((x) => (x.key === k.key ? next : x)))}
              onRemove={() => setKpis((all) => all.filter((x) => x.key !== k.key))}
            />
          ))}
        </ol>
        <button
          id="kpi-add"
          type="button"
          className="button button-secondary"
          onClick={() => setKpis((all) => [...all, emptyKpiForm(all, `n${nextKey.current++}`, outlineOrder(nodes)[0]?.key ?? 'document')])}
          aria-describedby={describedBy('kpi-add', errors)}
        >
          {t('strategyDoc.kpi.add')}
        </button>
        <FieldError fieldId="kpi-add" errors={errors} />
      </section>
      <section className="panel" aria-labelledby="doc-accept-title">
        <h2 id="doc-accept-title">{t('strategyDoc.accept.title')}</h2>
        <p>{user ? t('strategyDoc.accept.intro', { code: user.org_code }) : t('strategyDoc.accept.signedOut')}</p>
        <ErrorSummary summaryRef={summary} heading={(n) => t('strategyDoc.accept.errors', { n })} fields={errors.fields} formError={errors.formError} />
        {HEADER_FIELDS.map((f) => (
          <div className="field" key={f}>
            <label htmlFor={`accept-${f}`}>{headerLabel(f)}</label>
            {f !== 'name' ? (
              <p className="hint" id={`accept-${f}-hint`}>
                {t('strategyDoc.kpi.periodHint')}
              </p>
            ) : null}
            <input
              id={`accept-${f}`}
              type="text"
              value={header[f]}
              onChange={(e) => setHeader((h) => ({ ...h, [f]: e.target.value }))}
              aria-invalid={errors.at(`accept-${f}`) ? true : undefined}
              aria-describedby={describedBy(`accept-${f}`, errors, f !== 'name' ? `accept-${f}-hint` : undefined)}
            />
            <FieldError fieldId={`accept-${f}`} errors={errors} />
          </div>
        ))}
        <SubmitActions busy={busy} label={t('strategyDoc.accept.submit')} busyLabel={t('strategyDoc.accept.busy')} />
        <p>
          <button type="button" className="button button-secondary" onClick={onRestart}>
            {t('strategyDoc.restart')}
          </button>
        </p>
      </section>
    </form>
  );
}

export function StrategyFromDocumentPage() {
  const { t } = useI18n();
  usePageTitle(t('strategyDoc.title'));
  const [extracted, setExtracted] = useState<{ response: ExtractResponse; file: string } | null>(null);
  return (
    <div className="strategy-doc">
      <h1>{t('strategyDoc.title')}</h1>
      <p>{t('strategyDoc.intro')}</p>
      {extracted ? (
        <Review key={extracted.file} extracted={extracted.response} file={extracted.file} onRestart={() => setExtracted(null)} />
      ) : (
        <UploadForm onExtracted={(response, file) => setExtracted({ response, file })} />
      )}
    </div>
  );
}
