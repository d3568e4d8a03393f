import { describe, expect, it } from 'vitest';
import { layoutPoint } from '../statistics/map/geo.ts';

describe('markers placed like their areas on the national map', () => {
  it('keeps a point on the main islands where it is', () => {
    expect(layoutPoint('162019', 137.21, 36.7)).toEqual([137.21, 36.7]);
  });

  it('moves a point in 沖縄県 into the inset in the Sea of Japan, enlarged 1.3× about the islands’ centre', () => {
    const [x, y] = layoutPoint('472018', 127.68, 26.21)!; // 那覇市
    expect(x).toBeCloseTo(131 + (127.68 - 125.95) * 1.3, 6);
    expect(y).toBeCloseTo(41.2 + (26.21 - 25.95) * 1.3, 6);
  });

  it('moves Ogasawara with its islands and leaves out the uninhabited outliers', () => {
    expect(layoutPoint('134210', 142.19, 27.09)).toEqual([143.69, 33.09]);
    expect(layoutPoint('134210', 153.98, 24.28)).toBeNull();
  });
});
