import { describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/errors.ts';
import { jsonPathOf, readApplicationText } from './read-application.ts';

describe('reading an application file', () => {
  it('turns a JSON path back into its parts', () => {
    expect(jsonPathOf('projects[0].costs[12].eligible_cost')).toEqual(['projects', 0, 'costs', 12, 'eligible_cost']);
    expect(jsonPathOf('title')).toEqual(['title']);
  });

  it('names the line of each problem besides the file and the JSON path', () => {
    const text =
      '{\n  "applicant_code": "162027",\n  "fiscal_year": 2026,\n  "title": "t",\n  "projects": [\n    { "id": "S1", "kind": "hard", "name": "x", "start_fy": 2026, "end_fy": 2026 }\n  ]\n}\n';
    try {
      readApplicationText(text, 'a.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues.map((i) => [i.file, i.line, i.column])).toEqual([['a.json', 6, 'projects[0].kind']]);
    }
    expect(readApplicationText(text.replace('"hard"', '"soft"'), 'a.json').projects[0]!.kind).toBe('soft');
  });
});
