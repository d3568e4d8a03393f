import { describe, expect, it } from 'vitest';
import { fieldId, getAt, nextId, parsePath, setAt, splitCodes } from './content-paths.ts';

describe('content paths (the API issue columns)', () => {
  it('parses object keys and array indices', () => {
    expect(parsePath('measures[1].actions[0].deadline')).toEqual(['measures', 1, 'actions', 0, 'deadline']);
    expect(parsePath('title')).toEqual(['title']);
  });

  it('reads and writes without mutating the original', () => {
    const root = {
      title: 'a',
      investments: [
        { id: 'i1', amount_yen: 1 },
        { id: 'i2', amount_yen: 2 },
      ],
    };
    const next = setAt(root, 'investments[1].amount_yen', '120億');
    expect(getAt(next, 'investments[1].amount_yen')).toBe('120億');
    expect(root.investments[1]!.amount_yen).toBe(2);
    expect(next.investments[0]).toBe(root.investments[0]);
    expect(getAt(next, 'vision.target')).toBeUndefined();
    expect(getAt(setAt(next, 'vision.target', 'x'), 'vision.target')).toBe('x');
  });

  it('makes ids that are safe in a fragment and unique in a list', () => {
    expect(fieldId('investments[2].amount_yen')).toBe('pf-investments-2-amount_yen');
    expect(nextId([{ id: 'inv-1' }, { id: 'inv-3' }], 'inv')).toBe('inv-4');
    expect(nextId([{ id: 'inv-2' }], 'inv')).toBe('inv-3');
  });

  it('splits codes typed with full-width digits and Japanese commas', () => {
    expect(splitCodes('１６０００８、162019 ,')).toEqual(['160008', '162019']);
  });
});
