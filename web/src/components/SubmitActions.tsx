/** A form's submit button and the live status beside it (a spinner and the same words while busy). */
export function SubmitActions({ busy, label, busyLabel, ariaDisabled = false }: { busy: boolean; label: string; busyLabel: string; ariaDisabled?: boolean }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={busy} aria-disabled={(ariaDisabled && busy) || undefined}>
        {busy ? busyLabel : label}
      </button>
      <span role="status" aria-live="polite" className="inline-status">
        {busy ? (
          <>
            <span className="spinner spinner-small" aria-hidden="true" />
            {busyLabel}
          </>
        ) : null}
      </span>
    </div>
  );
}
