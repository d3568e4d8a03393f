/** Public entry of the strategy-verification module (効果検証 of a strategy by an outside panel). */
export { verificationRounds, verificationMembers, verificationComments, verificationSignoffs, verificationResponses } from './schema.ts';
export { SECTORS, SECTOR_LABELS, MIN_SECTORS, type Sector } from './domain/sectors.ts';
export { ROUND_STATUSES, ROUND_STATUS_LABELS, ROUND_ACTIONS, ROUND_ACTION_LABELS, type RoundStatus, type RoundAction } from './domain/workflow.ts';
export { STALE_MESSAGE, evaluationFingerprint, type SignoffState } from './domain/fingerprint.ts';
export type { RoundView, Report } from './domain/round-view.ts';
