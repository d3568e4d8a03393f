/**
 * The structure ARCHITECTURE.md describes, enforced: the import boundaries (layers, and modules
 * only through each other's index.ts), and the sizes a newcomer can read — no source file over
 * 400 lines and no function over 80, except where the module's README says why.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSizes, functionSizes } from './support/code-size.ts';
import { MODULES } from '../src/platform/modules.ts';
import { ROOT, boundaryViolations, importEdges } from './support/import-boundaries.ts';

const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;
const ROOTS = ['src', 'web/src'];
// React components are mostly markup: the function limit holds for the server's code.
const FUNCTION_ROOTS = ['src'];

/** Allowed exceptions: `file` (and `name` for a function), with the README that explains it. */
const EXCEPTIONS: ReadonlyArray<{ file: string; name?: string; readme: string }> = [];

const excused = (file: string, name?: string) =>
  EXCEPTIONS.some((e) => e.file === file && (e.name === undefined || e.name === name) && readFileSync(join(ROOT, e.readme), 'utf8').includes(file.split('/').pop()!));

describe('architecture', () => {
  it('finds the imports it checks (the checker reads the tree)', () => {
    const edges = importEdges();
    expect(edges.length).toBeGreaterThan(300);
    expect(edges.some((e) => e.from.startsWith('src/modules/') && e.to === 'src/modules/audit/index.ts')).toBe(true);
  });

  it('keeps the import boundaries: layers, and other modules only through their index.ts', () => {
    expect(boundaryViolations()).toEqual([]);
  });

  it('flags a module reaching into another module, and the web importing server code', () => {
    const probe = boundaryViolations([
      { from: 'src/modules/statistics/read/queries.ts', to: 'src/modules/kpi/repository.ts', typeOnly: false, line: 1 },
      { from: 'src/modules/kpi/http.ts', to: 'src/http/app.ts', typeOnly: false, line: 2 },
      { from: 'web/src/api/types.ts', to: 'src/modules/kpi/domain/evaluate.ts', typeOnly: true, line: 3 },
      { from: 'src/modules/kpi/http.ts', to: 'src/modules/auth/index.ts', typeOnly: false, line: 4 },
    ]);
    expect(probe).toHaveLength(3);
    expect(probe.join('\n')).not.toContain(':4 ');
  });

  it("declares in each manifest's `needs` every module it imports, and lists modules after what they need", () => {
    const needs = new Map(MODULES.map((m) => [m.name, new Set(m.needs)]));
    const moduleOf = (p: string) => /^src\/modules\/([^/]+)\//.exec(p)?.[1];
    const undeclared = importEdges()
      .filter((e) => !/\.test\.tsx?$/.test(e.from))
      .flatMap((e) => {
        const [a, b] = [moduleOf(e.from), moduleOf(e.to)];
        return a && b && a !== b && !needs.get(a)?.has(b) ? [`${a} imports ${b} (${e.from}:${e.line})`] : [];
      });
    expect(undeclared).toEqual([]);
    const order = MODULES.map((m) => m.name);
    for (const m of MODULES) for (const n of m.needs) expect(order.indexOf(n), `${m.name} needs ${n}`).toBeLessThan(order.indexOf(m.name));
    expect([...needs.keys()].sort()).toEqual(readdirSync(join(ROOT, 'src/modules')).sort());
  });

  it('has no import cycles between files (src/ and web/src/)', () => {
    const next = new Map<string, string[]>();
    for (const e of importEdges()) if (!/\.test\.tsx?$/.test(e.from)) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
    // Tarjan's strongly connected components: any component of two or more files is a cycle.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    const visit = (v: string) => {
      index.set(v, index.size);
      low.set(v, index.get(v)!);
      stack.push(v);
      onStack.add(v);
      for (const w of next.get(v) ?? []) {
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const v of next.keys()) if (!index.has(v)) visit(v);
    expect(cycles).toEqual([]);
  });

  it(`has no source file over ${MAX_FILE_LINES} lines`, () => {
    const long = fileSizes(ROOTS).filter((f) => f.lines > MAX_FILE_LINES && !excused(f.file));
    expect(long.map((f) => `${f.file}: ${f.lines} lines`)).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines in src/`, () => {
    const sizes = functionSizes(FUNCTION_ROOTS);
    expect(sizes.length).toBeGreaterThan(500);
    const long = sizes.filter((f) => f.lines > MAX_FUNCTION_LINES && !excused(f.file, f.name));
    expect(long.map((f) => `${f.file}:${f.line} ${f.name}: ${f.lines} lines`)).toEqual([]);
  });
});
