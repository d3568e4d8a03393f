import { describe, expect, it } from 'vitest';
import { rulesAt } from '../../rulebook/index.ts';
import { fundedProjects, participationWarnings, sectorCounts, VerificationInput } from './verification.ts';

const MIN = rulesAt('2027-03-31').number('d2g.verification.min_sectors');

describe('participation warnings', () => {
  it('is 3 sectors by the rule book (a decision)', () => {
    expect(MIN).toBe(3);
    expect(rulesAt('2027-03-31').get('d2g.verification.min_sectors').source.kind).toBe('decision');
  });
  it('warns below the minimum of distinct sectors, and when only government took part', () => {
    expect(participationWarnings([{ sector: 'government' }, { sector: 'government' }], MIN).map((w) => w.code)).toEqual(['few_sectors', 'government_only']);
    expect(participationWarnings([{ sector: 'government' }, { sector: 'industry' }], MIN)[0]!.message).toBe(
      '参画した分野が2分野（官（行政）、産（産業界））です。産官学金労言のうち3分野以上の参画が望まれます',
    );
    expect(participationWarnings([{ sector: 'government' }, { sector: 'industry' }, { sector: 'finance' }], MIN)).toEqual([]);
  });
  it('counts by sector with zeros', () => {
    expect(sectorCounts([{ sector: 'academia' }, { sector: 'academia' }, { sector: 'media' }])).toEqual({
      industry: 0,
      government: 0,
      academia: 2,
      finance: 0,
      labour: 0,
      media: 1,
    });
  });
});

describe('verification input', () => {
  it('refuses contact data and unknown keys, naming the field', () => {
    const r = VerificationInput.safeParse({
      participants: [
        { name: 'yamada@example.jp', sector: 'industry' },
        { name: '山田', sector: 'industry', email: 'x' },
        { name: '佐藤', sector: 'press' },
      ],
    });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['participants.0.name', 'participants.1', 'participants.2.sector']);
  });
});

describe('fundedProjects', () => {
  it('keeps projects whose decided amounts sum above 0', () => {
    const d = [
      { projectId: 'p1', amount: 30_000_000, kind: 'soft' },
      { projectId: 'p1', amount: 20_000_000, kind: 'soft' },
      { projectId: 'p2', amount: 0, kind: 'infra' },
    ];
    expect(fundedProjects(d)).toEqual([{ projectId: 'p1', kind: 'soft', total: 50_000_000 }]);
  });
});
