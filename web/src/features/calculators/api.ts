/**
 * The calculators' API: POST /api/v1/calc/kigyo-furusato (and /what-if, JSON or an .xlsx
 * download) and POST /api/v1/calc/pro-jinzai. Amounts go as typed (「1,000万」): the server reads
 * them, so the page and the CLI agree on what a text means.
 */
import { errorFromBody, getCsrfToken, request } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';

type Schemas = components['schemas'];

export type TraceParameterJson = Schemas['TraceParameter'];
export type TraceStepJson = Schemas['TraceStep'];
export type TraceCapJson = NonNullable<TraceStepJson['cap']>;
export type KfnEligibility = Schemas['KigyoFurusatoEligibility'];
export type KfnCredits = Schemas['KigyoFurusatoCredits'];
export type KfnResult = Schemas['KigyoFurusatoResult'];
export type WhatIfResult = Schemas['KigyoFurusatoWhatIf'];
export type WhatIfRow = WhatIfResult['rows'][number];
export type ProJinzaiResult = Schemas['ProJinzaiResult'];

/** The company's amounts as typed (the page sends text; the API also takes numbers). */
export type KfnCompany = Omit<Schemas['KigyoFurusatoWhatIfInput'], 'donations' | 'format' | 'eligibility'> & {
  juminzei_hojinzeiwari: string;
  hojinzei: string;
  jigyozei: string;
};
export type KfnInput = Schemas['KigyoFurusatoInput'] & KfnCompany & { donation: string };
export type ProJinzaiInput = Schemas['ProJinzaiInput'];

export const calcKigyoFurusato = (body: KfnInput) => request<KfnResult>('/api/v1/calc/kigyo-furusato', { method: 'POST', json: body });
export const calcWhatIf = (body: KfnCompany) => request<WhatIfResult>('/api/v1/calc/kigyo-furusato/what-if', { method: 'POST', json: { ...body, format: 'json' } });
export const calcProJinzai = (body: ProJinzaiInput) => request<ProJinzaiResult>('/api/v1/calc/pro-jinzai', { method: 'POST', json: body });

/** The what-if table as an .xlsx (a POST, so fetched and handed to the browser as a file). */
export async function downloadWhatIfXlsx(body: KfnCompany, filename: string): Promise<void> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const token = getCsrfToken();
  if (token) headers['X-CSRF-Token'] = token;
  const res = await fetch('/api/v1/calc/kigyo-furusato/what-if', { method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify({ ...body, format: 'xlsx' }) });
  if (!res.ok) throw errorFromBody(res.status, await res.text());
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Chromium reads the blob asynchronously after the click: revoke once it has.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
