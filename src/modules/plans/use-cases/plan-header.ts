/**
 * The header columns a plan's entry items determine (title, field, prefectures, final year,
 * owner_code), in one place for create, edit and publication. owner_code is the distribution
 * key: the lead owner's 団体コード for B and C, the nation's for A (a bureau is not a government).
 */
import type { Organisation } from '../../organisations/index.ts';
import type { PlanContent } from '../domain/plan-content.ts';
import type { PlanType } from '../domain/plan-types.ts';

export function prefCodesOf(owners: readonly Pick<Organisation, 'id' | 'kind' | 'prefCodes'>[], content: PlanContent): string[] {
  const codes = new Set<string>();
  for (const o of owners) if (o.kind !== 'bureau') for (const p of o.prefCodes) codes.add(p);
  for (const c of [...content.area.pref_codes, ...content.area.muni_codes]) codes.add(c.slice(0, 2));
  for (const i of content.investments) codes.add(i.muni_code.slice(0, 2));
  return [...codes].sort();
}

export function headerOf(type: PlanType, owner: Organisation, coOwners: readonly Organisation[], content: PlanContent) {
  return {
    ownerCode: type === 'A' || !/^\d{6}$/.test(owner.id) ? '000000' : owner.id,
    title: content.title,
    field: type === 'A' ? (content.field.strategic_field ?? '') : content.field.domain,
    finalFy: content.final_fy,
    prefCodes: prefCodesOf([owner, ...coOwners], content),
  };
}

/** The texts the public list searches (title, field, vision, pathway, owners' names). */
export function searchTextOf(content: PlanContent, ownerNames: readonly string[]): string {
  return [
    content.title,
    content.field.strategic_field ?? '',
    content.field.domain,
    content.vision.target,
    content.pathway.strategy,
    ...content.investments.map((i) => `${i.title} ${i.investor_name}`),
    ...ownerNames,
  ]
    .join('\n')
    .normalize('NFKC');
}
