/**
 * The calculators' API: POST /api/v1/calc/kigyo-furusato (and /what-if, JSON or an .xlsx
 * download) and POST /api/v1/calc/pro-jinzai. Amounts go as typed (「1,000万」): the server reads
 * them, so the page and the CLI agree on what a text means.
 */
import { errorFromBody, getCsrfToken, request } from '../../api/client.ts';
import type { RuleSourceJson } from '../rules/api.ts';

export interface TraceParameterJson {
  id: string;
  label: string;
  value: number | boolean | string | string[];
  unit: string;
  effective_from: string;
  effective_to: string | null;
  source: RuleSourceJson;
}

export interface TraceCapJson {
  id: string;
  label: string;
  limit: number;
  binding: boolean;
  kind: 'hard' | 'guideline';
}

export interface TraceStepJson {
  step: string;
  label: string;
  formula: string;
  inputs: Record<string, number>;
  parameters: TraceParameterJson[];
  value: number;
  cap?: TraceCapJson;
}

export interface KfnCompany {
  juminzei_hojinzeiwari: string;
  hojinzei: string;
  jigyozei: string;
  /** ratio (0.3), from the percentage typed */
  effective_tax_rate?: number;
  as_of?: string;
}

export interface KfnEligibility {
  recipient_code?: string;
  head_office_code?: string;
  certified_project?: boolean;
  blue_return?: boolean;
  economic_return?: boolean;
}

export interface KfnInput extends KfnCompany {
  donation: string;
  eligibility?: KfnEligibility;
}

export interface KfnCredits {
  juminzei: number;
  hojinzei: number;
  jigyozei: number;
}

export interface KfnResult {
  credits: KfnCredits;
  total_credit: number;
  deduction_effect: number;
  total_relief: number;
  net_burden: number;
  binding_caps: string[];
  eligible: boolean;
  reasons: string[];
  to_confirm: string[];
  as_of: string;
  trace: TraceStepJson[];
}

export interface WhatIfRow {
  donation: number;
  credits: KfnCredits;
  total_credit: number;
  deduction_effect: number;
  total_relief: number;
  net_burden: number;
  burden_ratio: number;
  binding_caps: string[];
}

export interface WhatIfResult {
  rows: WhatIfRow[];
  as_of?: string;
}

export interface ProJinzaiInput {
  cost?: string;
  costs?: { fee?: string; travel?: string; referral_fee?: string };
  rate?: number;
  as_of?: string;
}

export interface ProJinzaiResult {
  grant: number;
  eligible_cost: number;
  company_share: number;
  binding_caps: string[];
  as_of: string;
  trace: TraceStepJson[];
}

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
