/** The rule book's API: GET /api/v1/rules (every parameter with its source and effective period). */
import { cachedGet, query } from '../../api/client.ts';
import type { GetResponse } from '../../api/types.ts';

export type RuleList = GetResponse<'/api/v1/rules'>;
export type RuleParameterJson = RuleList['parameters'][number];
export type RuleSourceJson = RuleParameterJson['source'];
export type RuleProgram = RuleParameterJson['program'];

export const listRules = (f: { program?: RuleProgram; as_of?: string }) => cachedGet<RuleList>(`/api/v1/rules${query({ ...f })}`);
