import { describe, expect, it } from 'vitest';
import type { PlanContent } from './plan-content.ts';
import { PLAN_TYPES, type PlanType } from './plan-types.ts';
import { REQUIREMENTS, checkRequirements, failingChecks } from './requirements.ts';
import { completePlan } from './test-plans.ts';
import { decide } from './workflow.ts';

const ENTRY = '記載項目がすべて記入されている';
const ACTIONS = '5W1Hが施策ごとにそろっている';
const A_KGI = 'KGI（2040年目標）及びKPIが設定されている';

/** The failing checks of a complete plan after one change, and each failing check's missing messages. */
function changed(type: PlanType, change: (c: PlanContent) => void) {
  const c = completePlan(type);
  change(c);
  const checks = checkRequirements(type, c).filter((r) => r.result === 'fail');
  return { failing: checks.map((r) => r.label), missing: checks.flatMap((r) => r.missing) };
}

describe('requirements (要件) as data', () => {
  it('has A ①–⑦, B ①–⑦ and C ①–⑥ with the seed titles and lines', () => {
    for (const [type, n] of [
      ['A', 7],
      ['B', 7],
      ['C', 6],
    ] as const) {
      expect(REQUIREMENTS[type].filter((r) => r.no !== null).map((r) => r.no)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    }
    expect(REQUIREMENTS.B.find((r) => r.no === 6)).toMatchObject({ title: '都道府県のコミットメント', seedLine: 232 });
    expect(REQUIREMENTS.C.find((r) => r.no === 5)).toMatchObject({ title: '地方公共団体のコミットメント', seedLine: 329 });
    expect(REQUIREMENTS.A.find((r) => r.no === 1)?.title).toBe('日本成長戦略本部における検討との整合性');
  });

  it('marks as judgement what a reviewer decides and as mechanical what the entry items show', () => {
    const kinds = (type: PlanType) => Object.fromEntries(checkRequirements(type, completePlan(type)).map((r) => [r.key, r.kind]));
    expect(kinds('A')).toMatchObject({
      A1: 'mechanical',
      A2: 'judgement',
      A3: 'mechanical',
      A4: 'judgement',
      A5: 'judgement',
      A6: 'judgement',
      A7: 'judgement',
      kgis: 'mechanical',
    });
    expect(kinds('B')).toMatchObject({ B1: 'judgement', B2: 'judgement', B3: 'mechanical', B4: 'judgement', B5: 'judgement', B6: 'mechanical', B7: 'mechanical' });
    expect(kinds('C')).toMatchObject({ C1: 'judgement', C2: 'judgement', C3: 'mechanical', C4: 'judgement', C5: 'mechanical', C6: 'mechanical' });
  });
});

describe('checkRequirements', () => {
  it.each(PLAN_TYPES)('a complete plan of type %s passes every mechanical check and leaves the rest to the reviewer', (type) => {
    const checks = checkRequirements(type, completePlan(type));
    for (const r of checks) {
      expect(r.result, r.label).toBe(r.kind === 'mechanical' ? 'pass' : 'needs_judgement');
      expect(r.missing, r.label).toEqual([]);
      if (r.kind === 'mechanical') expect(r.evidence.length, r.label).toBeGreaterThan(0);
    }
    expect(checks.map((r) => r.label)).toEqual(expect.arrayContaining([ENTRY, ACTIONS]));
    expect(failingChecks(type, completePlan(type))).toEqual([]);
  });

  it('shows the evidence found, in Japanese with the shared number format', () => {
    const b = Object.fromEntries(checkRequirements('B', completePlan('B')).map((r) => [r.key, r.evidence]));
    expect(b.B7).toContain('KGI「当該計画による官民設備投資額」: 2030年度（令和12年度）に800億円');
    expect(b.B3).toContain('計画推進の核となる企業: 立山原薬株式会社（今後誘致）');
    const a = Object.fromEntries(checkRequirements('A', completePlan('A')).map((r) => [r.key, r.evidence]));
    expect(a.A4).toEqual(['核となる投資案件の投資総額: 2兆円']);
    expect(a.A3?.[0]).toBe('核となる投資案件「次世代半導体製造拠点の建設」: 北海先端半導体株式会社、2兆円、投資時期2026年4月・稼働開始2029年10月');
  });

  describe('A 戦略産業クラスター計画', () => {
    it('① fails without a strategic field', () => {
      const r = changed('A', (c) => (c.field.strategic_field = null));
      expect(r.failing).toEqual(['要件① 日本成長戦略本部における検討との整合性', ENTRY]);
      expect(r.missing).toContain('17の戦略分野のいずれか（戦略分野が未選択）');
    });
    it('③ fails when no core investment has its amount and dates', () => {
      expect(changed('A', (c) => (c.investments[0]!.operation_date = null))).toEqual({
        failing: ['要件③ 実現可能性'],
        missing: ['投資企業名・投資総額・投資時期・稼働開始時期がそろった核となる投資案件（1件以上）'],
      });
      expect(changed('A', (c) => (c.investments[0]!.amount_yen = 0)).failing).toEqual(['要件③ 実現可能性']);
      // the related project does not count as a core one
      expect(changed('A', (c) => (c.investments = c.investments.filter((i) => i.related))).failing).toEqual(['要件③ 実現可能性']);
    });
    it('③ passes with one complete core investment beside an undated one, and says so', () => {
      const c = completePlan('A');
      c.investments.push({ ...c.investments[0]!, id: 'inv-2', title: '後工程工場', invest_date: null });
      const r3 = checkRequirements('A', c).find((r) => r.key === 'A3')!;
      expect(r3.result).toBe('pass');
      expect(r3.evidence).toContain('投資案件「後工程工場」は投資時期が未記入のため核となる案件に数えていません');
    });
    it('③ fails on a related project that is not subsidised, naming it', () => {
      expect(changed('A', (c) => (c.investments[1]!.subsidised = false))).toEqual({
        failing: ['要件③ 実現可能性'],
        missing: ['関連する投資案件「工業用水道の拡張」の補助金等の採択（既採択の案件に限られます）'],
      });
    });
    it('the KGI item fails on a missing mandatory KGI, a missing target value or a target year other than 2040', () => {
      expect(changed('A', (c) => (c.kgis = c.kgis.filter((k) => k.kind !== 'capex')))).toEqual({ failing: [A_KGI], missing: ['KGI「当該計画による官民設備投資額」'] });
      expect(changed('A', (c) => (c.kgis[1]!.target_value = null))).toEqual({ failing: [A_KGI], missing: ['KGI「産業ニーズに即した人材育成数」の目標値'] });
      expect(changed('A', (c) => (c.kgis[2]!.target_fy = 2035))).toEqual({
        failing: [A_KGI],
        missing: ['KGI「当該計画による付加価値増加額」の目標年度を2040年度（令和22年度）に（いまは2035年度（令和17年度））'],
      });
      expect(changed('A', (c) => (c.kpis = [])).failing).toEqual([A_KGI, ENTRY]);
    });
    it('a custom KGI does not stand in for a mandatory one', () => {
      const r = changed('A', (c) => (c.kgis[0]!.kind = 'custom'));
      expect(r.failing).toEqual([A_KGI]);
    });
  });

  describe('B 地域産業クラスター計画', () => {
    it('③ fails without a core company', () => {
      const r = changed('B', (c) => (c.core_entities = []));
      expect(r.failing).toEqual(['要件③ 実現可能性', ENTRY]);
      expect(r.missing).toEqual(['計画推進の核となる企業（1つ以上）', '②計画推進の核となる地域及び企業 計画推進の核となる企業']);
    });
    it('⑥ fails without a support structure', () => {
      expect(changed('B', (c) => (c.support.structure = ' '))).toEqual({
        failing: ['要件⑥ 都道府県のコミットメント'],
        missing: ['都道府県知事が主体となる伴走支援の体制（地域金融機関等を含む）'],
      });
    });
    it('⑦ fails without withdrawal criteria, or with one on an unknown KPI', () => {
      expect(changed('B', (c) => (c.withdrawal_criteria = []))).toEqual({ failing: ['要件⑦ KGI及びKPI'], missing: ['KPI未達時の撤退基準（1つ以上）'] });
      expect(changed('B', (c) => (c.withdrawal_criteria[0]!.kpi_id = 'kpi-gone'))).toEqual({
        failing: ['要件⑦ KGI及びKPI'],
        missing: ['撤退基準「wd-api」の対象KPI（「kpi-gone」がありません）'],
      });
    });
    it('⑦ wants the KGIs for the final year and names a missing final year', () => {
      const later = changed('B', (c) => (c.final_fy = 2031));
      expect(later.failing).toEqual(['要件⑦ KGI及びKPI']);
      expect(later.missing).toHaveLength(3);
      expect(later.missing[0]).toBe('KGI「当該計画による官民設備投資額」の目標年度を2031年度（令和13年度）に（いまは2030年度（令和12年度））');
      expect(changed('B', (c) => (c.final_fy = null)).missing).toEqual(['計画の最終年度（KGIの目標年度）']);
      expect(changed('B', (c) => (c.kgis = c.kgis.filter((k) => k.kind !== 'talent'))).missing).toEqual(['KGI「産業ニーズに即した人材育成数」']);
      expect(changed('B', (c) => (c.kpis = [])).failing).toEqual(['要件⑦ KGI及びKPI', ENTRY]);
    });
    it('optional items (export, localisation notes, basic plan) may stay empty; mandatory text may not', () => {
      const optional = (c: PlanContent) => {
        c.pathway.export_or_substitution = '';
        c.localisation.local_capital = '';
        c.basic_plan_link = '';
      };
      expect(changed('B', optional).failing).toEqual([]);
      expect(changed('B', (c) => (c.vision.current_state = ''))).toEqual({ failing: [ENTRY], missing: ['③当該分野の現状認識と目指すべき姿【目標】 現状の整理'] });
    });
  });

  describe('C 地場産業成長プラン', () => {
    it('③ fails without a core business entity', () => {
      expect(changed('C', (c) => (c.core_entities = [])).failing).toEqual(['要件③ 実現可能性', ENTRY]);
    });
    it('⑤ fails without a consultation desk', () => {
      expect(changed('C', (c) => (c.support.consultation_desk = ''))).toEqual({ failing: ['要件⑤ 地方公共団体のコミットメント'], missing: ['事業主体に対する相談窓口'] });
    });
    it('⑥ needs the value-added KGI and withdrawal criteria; the wide-area jobs KGI is optional', () => {
      expect(changed('C', (c) => (c.kgis = c.kgis.filter((k) => k.kind !== 'value_added')))).toEqual({
        failing: ['要件⑥ KGI及びKPI'],
        missing: ['KGI「当該計画による付加価値増加額」'],
      });
      expect(changed('C', (c) => (c.kgis = c.kgis.filter((k) => k.kind !== 'wide_area_jobs'))).failing).toEqual([]);
      expect(changed('C', (c) => (c.withdrawal_criteria = [])).failing).toEqual(['要件⑥ KGI及びKPI']);
    });
    it('the support mechanism is an entry item; the public-facility note is conditional', () => {
      expect(changed('C', (c) => (c.support.mechanism = '')).missing).toEqual([
        '⑤事業推進に向けた課題と解決に向けて講じるべき政策【政策手段】 地場産業を含む地域の産業を支える仕組みづくり',
      ]);
      expect(changed('C', (c) => (c.support.public_facility_note = '')).failing).toEqual([]);
    });
  });

  describe('5W1H', () => {
    it('names the measure and action with their missing parts', () => {
      expect(
        changed('B', (c) => {
          c.measures[0]!.actions[1]!.department = '';
          c.measures[0]!.actions[1]!.deadline = null;
        }),
      ).toEqual({ failing: [ACTIONS], missing: ['施策1「原薬の海外依存度が高い」の取組2（b-api-2）の期限・担当部署'] });
    });
    it('fails for a measure without actions, and without any measure', () => {
      expect(changed('C', (c) => (c.measures[0]!.actions = []))).toEqual({ failing: [ACTIONS], missing: ['施策1「海外の販路が限られている」の5W1H（取組が1つもありません）'] });
      expect(changed('A', (c) => (c.measures = [])).failing).toEqual([ENTRY, ACTIONS]);
    });
    it.each(['significance', 'content', 'forum', 'approach'] as const)('fails when %s is blank', (part) => {
      expect(changed('A', (c) => (c.measures[1]!.actions[0]![part] = '')).failing).toEqual([ACTIONS]);
    });
  });

  it('every message is Japanese', () => {
    const c = completePlan('B');
    c.core_entities = [];
    c.support.structure = '';
    c.withdrawal_criteria = [];
    c.measures[0]!.actions = [];
    for (const r of checkRequirements('B', c)) for (const m of [...r.missing, ...r.evidence, r.label]) expect(m).toMatch(/[ぁ-んァ-ン一-龥]/);
  });
});

describe('failingChecks feeds the workflow', () => {
  it('blocks the formal submission naming each failing check, and lets a complete plan through', () => {
    const c = completePlan('B');
    c.support.structure = '';
    const facts = (failing: string[]) => ({ failingChecks: failing, unmetRequirements: [], comment: '', localPublication: { date: null, url: null }, finalYearOver: false });
    const blocked = decide('B', 'published_local', 'submit_formal', facts(failingChecks('B', c)));
    expect(blocked).toMatchObject({ ok: false, missing: ['要件・記載項目: 要件⑥ 都道府県のコミットメント'] });
    expect(decide('B', 'published_local', 'submit_formal', facts(failingChecks('B', completePlan('B'))))).toEqual({ ok: true, to: 'submitted' });
    expect(decide('A', 'proposals', 'formulate', facts(failingChecks('A', completePlan('A'))))).toEqual({ ok: true, to: 'formulated' });
  });
});
