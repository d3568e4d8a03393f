/**
 * Audit trail: an append-only, hash-chained log of changes to official records (who, when,
 * what). Writers call appendAudit inside their own transaction so the record and its trace
 * commit together; the database chains each entry to its owner's previous one.
 */
export { auditLog, type AuditRow } from './schema.ts';
export { appendAudit, listAudit, auditHeads, type AuditEntry, type AuditRecord, type AuditHead } from './repository.ts';
export { verifyAuditChain, type ChainReport, type OwnerChainReport, type ChainBreak, type AuditAnchor } from './verify-chain.ts';
export { canonicalEntryText, entryHash, GENESIS_HASH } from './domain/chain.ts';
export { parseAnchors } from './anchors.ts';
export { ACTION_LABELS, actionLabel, actorLabel } from './domain/labels.ts';
