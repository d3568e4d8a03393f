import { describe, expect, it } from 'vitest';
import { dictionaries, type MessageKey } from '../../i18n/dictionaries.ts';
import { caseFieldId, contentOf, draftOf, emptyDraft, locateCaseField, readRegion, readYear, readYen, type CaseDraft } from './case-form.ts';

const ja = dictionaries.ja;
const t = (key: MessageKey, vars: Record<string, string | number> = {}) => ja[key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

const typed = (): CaseDraft => ({
  ...emptyDraft('transport'),
  title: 'デマンド交通',
  regions: ['１６２０１', '162019'],
  problem: '路線バスの利用者が減った',
  problem_tags: '高齢化、 移動手段の確保,,',
  actions: '予約制の乗合タクシー',
  started_year: '２０１９',
  participants: [{ sector: 'industry', name: '地元タクシー会社' }],
  cost_total: '1億2,000万',
  funding: [
    { kind: 'dai2sedai_grant', amount: '6,000万', fiscal_year: '2025', note: '' },
    { kind: 'own_budget', amount: '', fiscal_year: '令和7', note: '' },
  ],
  results: [{ label: '利用者数', unit: '人', before: { value: '12,000', period: 'FY2019' }, after: { value: '', period: '' }, note: '' }],
  lessons: [{ kind: 'did_not_work', text: '電話予約のみでは若い世代が使わなかった' }],
  sources: [{ document: '効果検証報告書', lines: 'p.12', url: '' }],
});

describe('the content sent from the draft', () => {
  it('keeps amounts and codes as typed, sends 4-digit years as numbers and leaves empty optionals out', () => {
    const c = contentOf(typed());
    expect(c.regions).toEqual(['１６２０１', '162019']);
    expect(c.problem_tags).toEqual(['高齢化', '移動手段の確保']);
    expect(c.started_year).toBe(2019);
    expect(c.cost).toEqual({ total: '1億2,000万', note: '' });
    expect(c.funding).toEqual([
      { kind: 'dai2sedai_grant', amount: '6,000万', fiscal_year: 2025, note: '' },
      // not a year the form can read: sent as typed so the server names the field
      { kind: 'own_budget', amount: undefined, fiscal_year: '令和7', note: '' },
    ]);
    expect(c.results).toEqual([{ label: '利用者数', unit: '人', before: { value: '12,000', period: 'FY2019' }, after: undefined, note: '' }]);
    expect(c.sources).toEqual([{ document: '効果検証報告書', lines: 'p.12', url: undefined }]);
  });

  it('sends no cost and no year for an empty draft', () => {
    const c = contentOf(emptyDraft());
    expect(c.cost).toBeUndefined();
    expect(c.started_year).toBeUndefined();
    expect(c.problem_tags).toEqual([]);
  });

  it('reads a stored case back into the draft (yen as digits, tags joined with 、)', () => {
    const d = draftOf({
      title: 'x',
      summary: '',
      regions: ['162019'],
      actor: '',
      field: 'transport',
      problem: 'p',
      problem_tags: ['高齢化', '買物'],
      actions: 'a',
      started_year: 2019,
      participants: [],
      cost: { total: 120_000_000, note: '' },
      funding: [{ kind: 'dai2sedai_grant', amount: 60_000_000, fiscal_year: 2025, note: '' }],
      results: [{ label: 'r', unit: '人', after: { value: 18_000, period: 'FY2024' }, note: '' }],
      lessons: [],
      sources: [{ document: 'd', lines: '' }],
      credit: '',
    });
    expect(d.problem_tags).toBe('高齢化、買物');
    expect(d.started_year).toBe('2019');
    expect(d.cost_total).toBe('120000000');
    expect(d.funding[0]).toEqual({ kind: 'dai2sedai_grant', amount: '60000000', fiscal_year: '2025', note: '' });
    expect(d.results[0]!.before).toEqual({ value: '', period: '' });
    expect(d.results[0]!.after).toEqual({ value: '18000', period: 'FY2024' });
    expect(d.sources[0]!.url).toBe('');
  });

  it('sends back what the form does not edit (other fields, a result’s KPI or series link), so a save loses nothing', () => {
    const stored = {
      title: 'x',
      summary: '',
      regions: ['162019'],
      actor: '',
      field: 'transport',
      other_fields: ['tourism'],
      problem: 'p',
      problem_tags: [],
      actions: 'a',
      participants: [],
      funding: [],
      results: [
        { label: 'r', unit: '人', kpi: { strategy_id: 'toyama-sogo', kpi_id: 'K1' }, note: '' },
        { label: 's', unit: '%', indicator: { code: 'ageing_rate', area_code: '162019' }, note: '' },
      ],
      lessons: [],
      sources: [],
      credit: '',
    };
    const d = draftOf(stored);
    d.results[0]!.label = 'r2';
    const c = contentOf(d) as { other_fields: string[]; results: Record<string, unknown>[] };
    expect(c.other_fields).toEqual(['tourism']);
    expect(c.results[0]).toMatchObject({ label: 'r2', kpi: { strategy_id: 'toyama-sogo', kpi_id: 'K1' } });
    expect(c.results[1]).toMatchObject({ label: 's', indicator: { code: 'ageing_rate', area_code: '162019' } });
    // a removed row takes its link with it
    d.results.splice(0, 1);
    expect((contentOf(d) as { results: Record<string, unknown>[] }).results).toEqual([
      expect.objectContaining({ label: 's', indicator: { code: 'ageing_rate', area_code: '162019' } }),
    ]);
  });
});

describe('locating the server’s issues', () => {
  const d = typed();
  it('links a row’s field by its JSON path, with the row named', () => {
    expect(locateCaseField('content.funding[0].amount', d, t)).toEqual({ id: 'gp-f-funding-0-amount', label: '財源1 金額（円）' });
    expect(locateCaseField('content.results[0].before.period', d, t)).toEqual({ id: 'gp-f-results-0-before-period', label: '成果1 取組の前の時点' });
    expect(locateCaseField('content.regions[1]', d, t)).toEqual({ id: 'gp-f-regions-1', label: '地域2' });
    expect(locateCaseField('content.title', d, t)).toEqual({ id: 'gp-f-title', label: '事例の名称' });
    expect(locateCaseField('content.cost.total', d, t)).toEqual({ id: 'gp-f-cost-total', label: '総事業費（円）' });
  });
  it('points a part without a field of its own at the nearest field, a list-wide issue at the list', () => {
    expect(locateCaseField('content.results[0].kpi.strategy_id', d, t)).toEqual({ id: 'gp-f-results-0-label', label: '成果1 指標' });
    expect(locateCaseField('content.results[0].after', d, t)).toEqual({ id: 'gp-f-results-0-after-value', label: '成果1 取組の後の値' });
    expect(locateCaseField('content.problem_tags[3]', d, t)).toEqual({ id: 'gp-f-problem_tags', label: ja['gp.form.tags'] });
    expect(locateCaseField('content.lessons', { ...d, lessons: [] }, t)).toEqual({ id: 'gp-f-lessons', label: '教訓（うまくいったこと・いかなかったこと）' });
    expect(locateCaseField('content.sources[5].url', d, t)).toEqual({ id: 'gp-f-sources', label: '出典' });
    expect(locateCaseField('owner_code', d, t)).toBeNull();
  });
  it('derives ids from paths the same way the fields do', () => {
    expect(caseFieldId('participants[2].name')).toBe('gp-f-participants-2-name');
  });
});

describe('read-backs', () => {
  it('reads amounts as the server will', () => {
    expect(readYen('1億2,000万')).toEqual({ ok: true, yen: 120_000_000 });
    expect(readYen('７０万円')).toEqual({ ok: true, yen: 700_000 });
    expect(readYen('')).toBeNull();
    expect(readYen('たくさん')).toEqual({ ok: false, reason: '金額「たくさん」を読めません（例: 120億、1億2,000万、350000000）' });
  });
  it('shows a year with 和暦', () => {
    expect(readYear('２０１９')).toBe('2019年（令和元年）');
    expect(readYear('2018')).toBe('2018年（平成30年）');
    expect(readYear('19')).toBeNull();
  });
  it('reads a 団体コード typed in full width or 5 digits, with the name', () => {
    const names = new Map([['162019', '富山市']]);
    expect(readRegion('１６２０１', names)).toEqual({ code: '162019', name: '富山市' });
    expect(readRegion('162019', names)).toEqual({ code: '162019', name: '富山市' });
    expect(readRegion('172014', names)).toEqual({ code: '172014', name: null });
    expect(readRegion('', names)).toBeNull();
    expect(readRegion('162018', names)).toEqual({
      error: '団体コード「162018」の検査数字（6桁目）が正しくありません（上5桁「16201」の検査数字は 9 です。上5桁に誤りがなければ「162019」）',
    });
  });
});
