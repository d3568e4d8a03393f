/**
 * Who may do what with the indicator store (pure). Published statistics are public to read;
 * storing them (imports, the shipped data set) is for operators and the platform, because a value
 * here feeds every KPI bound to its series across all governments. There is no upload route for
 * users yet: one would check canImportStatistics first, like the CLI does.
 */
import { ForbiddenError } from '../../shared/errors.ts';
import type { Principal } from '../auth/index.ts';

export const canImportStatistics = (p: Principal): boolean => p.kind !== 'user';

export function assertCanImportStatistics(p: Principal): void {
  if (!canImportStatistics(p)) throw new ForbiddenError('統計値の取込は運用者（CLI）だけが行えます');
}
