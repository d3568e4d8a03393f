/**
 * Organisations that take part in the plans (pure): the secretariat (内閣官房), ministries and
 * their regional bureaus, local governments (keyed by 団体コード, read from the areas master),
 * reviewers' bodies (有識者検討会 and the like) and companies or other business entities (keyed by
 * 法人番号).
 */
export type OrgKind = 'secretariat' | 'ministry' | 'bureau' | 'prefecture' | 'designated_city' | 'municipality' | 'reviewer_body' | 'company';

export const ORG_KINDS: readonly OrgKind[] = ['secretariat', 'ministry', 'bureau', 'prefecture', 'designated_city', 'municipality', 'reviewer_body', 'company'];

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  secretariat: '事務局（内閣官房）',
  ministry: '府省',
  bureau: '地方支分部局',
  prefecture: '都道府県',
  designated_city: '政令指定都市',
  municipality: '市区町村',
  reviewer_body: '審査・有識者の組織',
  company: '企業・事業主体',
};

/** Kinds stored in the organisations table; governments come from the areas master. */
export const STORED_KINDS: readonly OrgKind[] = ['secretariat', 'ministry', 'bureau', 'reviewer_body', 'company'];

export interface Organisation {
  id: string;
  kind: OrgKind;
  name: string;
  /** 13-digit 法人番号, when the body has one (regional bureaus share their ministry's) */
  corporateNumber: string | null;
  /** the ministry a bureau belongs to */
  parentId: string | null;
  /** prefectures (2-digit codes) a bureau serves, or a government's own prefecture */
  prefCodes: string[];
  address: string | null;
}

/** A government's kind from its areas-master row. */
export function governmentKind(level: string, type: string): OrgKind {
  if (level === 'prefecture') return 'prefecture';
  if (type === '政令指定都市') return 'designated_city';
  return 'municipality';
}
