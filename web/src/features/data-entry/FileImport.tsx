/**
 * Import a CSV/Excel file: upload progress (role=progressbar with aria-valuenow), then an
 * indeterminate 「取り込み中…」 while the server reads and stores it; located issues as a table
 * (行・列・内容); on success the counts and a link to the summary tables.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { ApiError } from '../../api/client.ts';
import type { ApiIssue, ImportEncoding, ImportResult } from '../../api/types.ts';
import { uploadImport, type UploadHandle } from '../../api/upload.ts';
import { paths } from '../../app/paths.ts';
import { errorText } from '../../components/ErrorMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

type Phase = 'idle' | 'uploading' | 'processing' | 'done' | 'error';

export function FileImport({ sid, onImported }: { sid: string; onImported: () => void }) {
  const { t } = useI18n();
  const uid = useId();
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState<ImportEncoding>('auto');
  const [phase, setPhase] = useState<Phase>('idle');
  const [percent, setPercent] = useState(0);
  const [stored, setStored] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const handle = useRef<UploadHandle | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const busy = phase === 'uploading' || phase === 'processing';

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!file) {
      setFileError(t('entry.fileRequired'));
      fileRef.current?.focus();
      return;
    }
    setFileError(null);
    setResult(null);
    setError(null);
    setPercent(0);
    setStored(null);
    setPhase('uploading');
    const h = uploadImport(sid, file, encoding, {
      onProgress: (p) => setPercent(p),
      onUploaded: () => setPhase('processing'),
      onJobProgress: (p) => setStored(p.step === 'writing' && p.total > 0 ? { done: p.done, total: p.total } : null),
    });
    handle.current = h;
    try {
      const res = await h.promise;
      setResult(res);
      setPhase('done');
      onImported();
    } catch (err) {
      setError(err);
      setPhase('error');
    } finally {
      handle.current = null;
      requestAnimationFrame(() => outcomeRef.current?.focus());
    }
  };

  const issues: ApiIssue[] = error instanceof ApiError ? error.issues : [];
  const showFileColumn = new Set(issues.map((i) => i.file ?? '')).size > 1;

  return (
    <form className="import-form" onSubmit={onSubmit} noValidate>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${uid}-file`}>{t('entry.fileLabel')}</label>
          <input
            ref={fileRef}
            id={`${uid}-file`}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setFileError(null);
            }}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${uid}-file-error` : undefined}
            disabled={busy}
          />
          {fileError ? (
            <p id={`${uid}-file-error`} className="field-error">
              <span aria-hidden="true">⚠ </span>
              {fileError}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-enc`}>{t('entry.encoding')}</label>
          <select id={`${uid}-enc`} value={encoding} onChange={(e) => setEncoding(e.target.value as ImportEncoding)} disabled={busy}>
            <option value="auto">{t('entry.encoding.auto')}</option>
            <option value="utf8">{t('entry.encoding.utf8')}</option>
            <option value="sjis">{t('entry.encoding.sjis')}</option>
          </select>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('entry.upload')}
        </button>
        {phase === 'uploading' ? (
          <button type="button" className="button button-secondary" onClick={() => handle.current?.abort()}>
            {t('entry.cancel')}
          </button>
        ) : null}
      </div>

      <div className="upload-progress" aria-live="polite" role="status">
        {phase === 'uploading' ? (
          <>
            <div
              className="progressbar"
              role="progressbar"
              aria-label={t('entry.uploadProgress')}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
              aria-valuetext={`${percent}%`}
            >
              <span className="progressbar-fill" style={{ width: `${percent}%` }} />
            </div>
            <p>{t('entry.uploading', { n: percent })}</p>
          </>
        ) : null}
        {phase === 'processing' && stored ? (
          <>
            <div
              className="progressbar"
              role="progressbar"
              aria-label={t('entry.storing')}
              aria-valuemin={0}
              aria-valuemax={stored.total}
              aria-valuenow={stored.done}
              aria-valuetext={t('entry.storingRows', { done: stored.done.toLocaleString('ja-JP'), total: stored.total.toLocaleString('ja-JP') })}
            >
              <span className="progressbar-fill" style={{ width: `${Math.round((stored.done / stored.total) * 100)}%` }} />
            </div>
            <p>{t('entry.storingRows', { done: stored.done.toLocaleString('ja-JP'), total: stored.total.toLocaleString('ja-JP') })}</p>
          </>
        ) : null}
        {phase === 'processing' && !stored ? (
          <>
            <div className="progressbar is-indeterminate" role="progressbar" aria-label={t('entry.importing')}>
              <span className="progressbar-fill" />
            </div>
            <p>
              <span className="spinner spinner-small" aria-hidden="true" />
              {t('entry.importing')}
            </p>
          </>
        ) : null}
      </div>

      <div ref={outcomeRef} tabIndex={-1} className="import-outcome">
        {phase === 'done' && result ? <ImportCounts sid={sid} result={result} /> : null}
        {phase === 'error' ? (
          <div className="notice notice-error" role="alert">
            <p className="notice-label" lang={issues.length > 0 ? undefined : 'ja'}>
              {issues.length > 0 ? t('entry.importFailed') : errorText(error)}
            </p>
            {issues.length > 0 ? (
              <>
                <p>{t('entry.issues', { n: issues.length })}</p>
                <TableScroll label={t('entry.issues', { n: issues.length })}>
                  <table className="data-table issues-table">
                    <caption className="visually-hidden">{t('entry.issues', { n: issues.length })}</caption>
                    <thead>
                      <tr>
                        {showFileColumn ? <th scope="col">{t('entry.issues.file')}</th> : null}
                        <th scope="col" className="num">
                          {t('entry.issues.line')}
                        </th>
                        <th scope="col">{t('entry.issues.column')}</th>
                        <th scope="col">{t('entry.issues.reason')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {issues.map((i, n) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the issue list is replaced whole, never reordered
                        <tr key={n}>
                          {showFileColumn ? <td>{i.file ?? '—'}</td> : null}
                          <td className="num">{i.line ?? i.row ?? '—'}</td>
                          <td>{i.column ?? '—'}</td>
                          <td lang="ja">{i.reason}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              </>
            ) : null}
          </div>
        ) : null}
      </div>
    </form>
  );
}

function ImportCounts({ sid, result }: { sid: string; result: ImportResult }) {
  const { t } = useI18n();
  const r = result.result;
  const items: [string, number | undefined][] =
    r.kind === 'kpis'
      ? [
          [t('entry.imported.added'), r.added],
          [t('entry.imported.updated'), r.updated],
          [t('entry.imported.unchanged'), r.unchanged],
          [t('entry.imported.targetsRevised'), r.targets_revised],
        ]
      : [
          [t('entry.imported.inserted'), r.inserted],
          [t('entry.imported.updated'), r.updated],
          [t('entry.imported.unchanged'), r.unchanged],
          [t('entry.imported.skipped'), r.skipped_missing],
        ];
  return (
    <div className="notice notice-success">
      <p className="notice-label">
        <span aria-hidden="true">✓ </span>
        {t('entry.imported', { rows: r.rows })}
      </p>
      <dl className="count-list">
        {items.map(([label, n]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{n ?? 0}</dd>
          </div>
        ))}
      </dl>
      <p>
        <Link href={paths.report(sid)}>{t('entry.toReport')}</Link>
      </p>
    </div>
  );
}
