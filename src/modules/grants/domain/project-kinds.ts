/**
 * The 第2世代交付金's three kinds of project (seed 002 L378–424) and the three kinds of applicant
 * whose caps differ (都道府県 / 中枢中核都市 / 市区町村). The rule-book parameter ids are built from
 * these names (`d2g.<kind>.annual_cap.<applicant>`), so one table says which cap a case meets.
 */

export const PROJECT_KINDS = ['soft', 'kyoten', 'infra'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const PROJECT_KIND_LABELS: Readonly<Record<ProjectKind, string>> = {
  soft: 'ソフト事業',
  kyoten: '拠点整備事業',
  infra: 'インフラ整備事業',
};

export const APPLICANT_KINDS = ['prefecture', 'core_city', 'municipality'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

export const APPLICANT_KIND_LABELS: Readonly<Record<ApplicantKind, string>> = {
  prefecture: '都道府県',
  core_city: '中枢中核都市',
  municipality: '市区町村',
};

/** 産官学金労言 (seed 002 L449–453): who takes part in a project's design, execution and verification. */
export const SECTORS = ['industry', 'government', 'academia', 'finance', 'labour', 'media'] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Readonly<Record<Sector, string>> = {
  industry: '産（産業界）',
  government: '官（行政）',
  academia: '学（大学・研究機関）',
  finance: '金（金融機関）',
  labour: '労（労働団体）',
  media: '言（メディア）',
};

/** The stages at which diverse local actors take part (seed 002 L449–450). */
export const STAGES = ['design', 'implementation', 'verification'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  design: '検討',
  implementation: '実施',
  verification: '検証',
};
