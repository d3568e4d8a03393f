/**
 * The editor keeps the plan's entry items as one JSON value and addresses its parts by the same
 * paths the API's issues use (`investments[2].amount_yen`), so that a 400's issue lands at its
 * field and every control has a stable id.
 */

export type Segment = string | number;

/** `investments[2].amount_yen` → ['investments', 2, 'amount_yen'] */
export function parsePath(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

export function getAt(value: unknown, path: string): unknown {
  let v = value;
  for (const s of parsePath(path)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[s];
  }
  return v;
}

/** A copy of root with the value at path replaced (containers on the way are copied, not mutated). */
export function setAt<T>(root: T, path: string, next: unknown): T {
  const segs = parsePath(path);
  const go = (v: unknown, i: number): unknown => {
    if (i === segs.length) return next;
    const s = segs[i]!;
    if (typeof s === 'number') {
      const arr = Array.isArray(v) ? [...v] : [];
      arr[s] = go(arr[s], i + 1);
      return arr;
    }
    const obj = v !== null && typeof v === 'object' && !Array.isArray(v) ? { ...(v as Record<string, unknown>) } : {};
    obj[s] = go(obj[s], i + 1);
    return obj;
  };
  return go(root, 0) as T;
}

/** The id of the control for a path: letters, digits, hyphens (valid in a URL fragment and a CSS selector). */
export function fieldId(path: string): string {
  return `pf-${parsePath(path).join('-')}`;
}

/** A new element id not yet used in the list (`inv-3`). */
export function nextId(list: ReadonlyArray<{ id?: unknown }>, prefix: string): string {
  const used = new Set(list.map((x) => String(x.id)));
  let n = list.length + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** Codes typed as 「160008, 162019」 (full-width digits and 、 too) → ['160008', '162019']. */
export function splitCodes(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[\s,、]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
