import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { dictionaries } from '../../i18n/dictionaries.ts';
import type { GrantContent } from './api.ts';
import { builderFieldId, locateBuilderField } from './builder-errors.tsx';

const t = (key: MessageKey, vars: Record<string, string | number> = {}) => String(dictionaries.ja[key]).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
const project = (id: string) => ({
  id,
  costs: [
    { fiscal_year: 2026, eligible_cost: '1億' },
    { fiscal_year: 2027, eligible_cost: 'x' },
  ],
});
const content = { participants: [{ sector: 'industry', name: '', stages: [] }], projects: [project('p1'), project('p2')] } as unknown as GrantContent;

describe('locateBuilderField (the builder’s 400 issues → the field of the JSON path)', () => {
  it('finds the field of a path, saying which project', () => {
    expect(locateBuilderField('title', content, t)).toEqual({ id: 'gf-title', label: '申請の名称' });
    expect(locateBuilderField('projects[1].name', content, t)).toEqual({ id: builderFieldId('projects[1].name'), label: '事業2 事業名' });
    expect(locateBuilderField('content.projects[0].costs[1].eligible_cost', content, t)).toEqual({
      id: 'gf-projects_0__costs_1__eligible_cost',
      label: '事業1 2027年度（令和9年度）の交付対象事業費',
    });
  });

  it('points a path without a field of its own at the nearest one above it', () => {
    expect(locateBuilderField('projects[0].costs[1].fiscal_year', content, t)?.id).toBe(builderFieldId('projects[0].costs[1].eligible_cost'));
    expect(locateBuilderField('projects[1].id', content, t)).toEqual({ id: builderFieldId('projects[1]'), label: '事業2' });
    expect(locateBuilderField('participants[0].stages[0]', content, t)?.id).toBe(builderFieldId('participants[0].name'));
  });

  it('leaves paths outside the form to the form as a whole', () => {
    expect(locateBuilderField('(本文)', content, t)).toBeNull();
    expect(locateBuilderField('projects[5].name', content, t)).toBeNull();
    expect(locateBuilderField('applicant_code', content, t)).toBeNull();
  });
});
