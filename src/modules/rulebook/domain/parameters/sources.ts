/** The documents the parameters cite. Seed lines are 1-based lines of the files in shared/seeds. */
import type { RuleSource } from '../rule-parameter.ts';

export const SEED_002 = '002 「地方創生2.0基本構想」（概要）＋地方創生テレワーク推進に関する施策';
export const SEED_002_FILE = '002_bde491f12127e8d8.txt';
export const SEED_004 = '004 令和8年度 地方創生2.0関係予算概算要求・税制改正要望';
export const SEED_004_FILE = '004_4c4e25f8fe6f8d9d.txt';

export const seed002 = (lines: string, ruleId?: string): RuleSource => ({ kind: 'seed', document: SEED_002, file: SEED_002_FILE, lines, ...(ruleId ? { ruleId } : {}) });
export const seed004 = (lines: string, ruleId?: string): RuleSource => ({ kind: 'seed', document: SEED_004, file: SEED_004_FILE, lines, ...(ruleId ? { ruleId } : {}) });
export const decision = (ruleId?: string): RuleSource => ({ kind: 'decision', document: 'Sousei（資料に記載がないための判断。README参照）', ...(ruleId ? { ruleId } : {}) });
export const publicSource = (document: string, url: string): RuleSource => ({ kind: 'public', document, url });

/** 1億円 in yen, so caps read as in the slides. */
export const OKU = 100_000_000;
