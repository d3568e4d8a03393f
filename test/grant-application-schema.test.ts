/** The checked-in JSON Schema of the application format is the one the zod schema gives, and the fixtures' shapes are those it describes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, applicationJsonSchema, schemaText } from '../scripts/grant-application-schema.ts';

describe('docs/grant-application.schema.json', () => {
  it('is generated from the zod schema (run `npx tsx scripts/grant-application-schema.ts` after changing it)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText());
  });

  it('describes the input side: amounts as number or text, every field of a project described', () => {
    const s = applicationJsonSchema() as { required: string[]; properties: { projects: { items: { properties: Record<string, { description?: string; items?: unknown }> } } } };
    expect(s.required).toEqual(['applicant_code', 'fiscal_year', 'title']);
    const project = s.properties.projects.items.properties;
    expect(Object.entries(project).filter(([, f]) => !f.description)).toEqual([]);
    expect(project.costs!.items).toMatchObject({ properties: { eligible_cost: { type: ['number', 'string'] } }, required: ['fiscal_year', 'eligible_cost'] });
    const valid = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'grants', 'valid-municipality.json'), 'utf8')) as { projects: Array<Record<string, unknown>> };
    for (const p of valid.projects) expect(Object.keys(p).every((k) => k in project)).toBe(true);
  });
});
