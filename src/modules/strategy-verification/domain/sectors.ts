/**
 * The seven sectors of an external verification panel, 産官学金労言士 (seed 000 第6章: 住民、
 * 産業界、関係行政機関、大学、金融機関、労働団体、メディア、士業). Codes in English, labels in Japanese.
 */
export const SECTORS = ['industry', 'government', 'academia', 'finance', 'labour', 'media', 'law'] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Readonly<Record<Sector, string>> = {
  industry: '産（産業界）',
  government: '官（行政機関）',
  academia: '学（大学・研究機関）',
  finance: '金（金融機関）',
  labour: '労（労働団体）',
  media: '言（メディア）',
  law: '士（士業）',
};

/** Fewer sectors than this is a warning, never a refusal (Sousei's decision; the seeds ask for diversity, not a number). */
export const MIN_SECTORS = 3;

export interface Warning {
  code: string;
  message: string;
}

/** Members per sector, every sector present (0 when none). */
export function sectorCounts(members: readonly { sector: string }[]): Record<Sector, number> {
  const out = Object.fromEntries(SECTORS.map((s) => [s, 0])) as Record<Sector, number>;
  for (const m of members) if (m.sector in out) out[m.sector as Sector]++;
  return out;
}

export function panelWarnings(members: readonly { sector: string }[]): Warning[] {
  const present = Object.values(sectorCounts(members)).filter((n) => n > 0).length;
  if (present >= MIN_SECTORS) return [];
  return [
    {
      code: 'few_sectors',
      message: `参画している分野が${present}分野です。産官学金労言士のうち${MIN_SECTORS}分野以上からの参画が望まれます（公表は妨げません）`,
    },
  ];
}
