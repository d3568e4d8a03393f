import { describe, expect, it } from 'vitest';
import { fieldIdOf } from './GrantVerificationForm.tsx';

describe('the field a verification issue points at (the error summary links there)', () => {
  it('maps the API’s JSON paths to the form’s field ids', () => {
    expect(fieldIdOf('participants[0].name')).toBe('ver-p-0-name');
    expect(fieldIdOf('participants[12].organisation')).toBe('ver-p-12-org');
    expect(fieldIdOf('participants[3].sector')).toBe('ver-p-3-sector');
    expect(fieldIdOf('results[1].assessment')).toBe('ver-r-1-assessment');
    expect(fieldIdOf('results[1].improvement')).toBe('ver-r-1-improvement');
    // an unfunded project id has no field of its own: its result's assessment
    expect(fieldIdOf('results[2].project_id')).toBe('ver-r-2-assessment');
    expect(fieldIdOf('as_of')).toBe('ver-as-of');
    expect(fieldIdOf('fiscalYear')).toBe('ver-year');
    // the list as a whole (too many participants), or no column: the button that adds one
    expect(fieldIdOf('participants')).toBe('ver-add-participant');
    expect(fieldIdOf(undefined)).toBe('ver-add-participant');
  });
});
