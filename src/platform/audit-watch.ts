/**
 * The running server verifies the audit chain at start and every few hours, logs the result
 * with the chain heads (so the operator's log keeps anchors outside the database) and reports
 * it on /api/v1/health. A broken chain is logged as an error naming the first broken entry.
 */
import type { Database } from '../db/client.ts';
import type { Logger } from '../infra/logger.ts';
import { verifyAuditChain } from '../modules/audit/index.ts';

export const AUDIT_VERIFY_EVERY_MS = 6 * 3600_000;

export interface AuditChainStatus {
  state: 'pending' | 'verified' | 'broken' | 'error';
  verified_at: string | null;
  entries: number | null;
}

export function watchAuditChain(db: Database, logger?: Logger, everyMs = AUDIT_VERIFY_EVERY_MS) {
  let status: AuditChainStatus = { state: 'pending', verified_at: null, entries: null };
  const run = async () => {
    try {
      const r = await verifyAuditChain(db);
      status = { state: r.ok ? 'verified' : 'broken', verified_at: r.verified_at, entries: r.checked };
      const heads = r.owners.map((o) => ({ owner_code: o.owner_code, seq: o.head?.seq, hash: o.head?.hash }));
      if (r.ok) logger?.info({ audit: { entries: r.checked, heads } }, 'audit chain verified');
      else
        logger?.error(
          { audit: { broken: r.owners.filter((o) => o.broken).map((o) => o.broken), heads } },
          'audit chain broken: entries were changed, removed or inserted outside the application',
        );
    } catch (err) {
      status = { ...status, state: 'error' };
      logger?.error({ err }, 'audit chain could not be verified');
    }
  };
  const first = run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return {
    status: () => status,
    /** settles after the verification at start */
    ready: first,
    stop: () => clearInterval(timer),
  };
}
