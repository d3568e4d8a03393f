/**
 * The import rules of ARCHITECTURE.md, checked from the source text: every import and export
 * specifier of every TypeScript file under src/ and web/src/ is resolved and held against the
 * layer of its file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export interface ImportEdge {
  from: string;
  to: string;
  typeOnly: boolean;
  line: number;
}

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'node_modules' && name !== 'dist') out.push(...files(p));
    } else if (/\.(ts|tsx|mts|mjs)$/.test(name)) out.push(p);
  }
  return out;
}

const SPECIFIER = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Every relative import between the project's own files (packages are left out). */
export function importEdges(): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of [...files(join(ROOT, 'src')), ...files(join(ROOT, 'web', 'src'))]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(SPECIFIER)) {
      const spec = m[3] ?? m[4] ?? m[5]!;
      if (!spec.startsWith('.')) continue;
      const line = text.slice(0, m.index).split('\n').length;
      edges.push({
        from: relative(ROOT, file).split(sep).join('/'),
        to: relative(ROOT, resolve(dirname(file), spec))
          .split(sep)
          .join('/'),
        typeOnly: Boolean(m[2]),
        line,
      });
    }
  }
  return edges;
}

const moduleOf = (p: string) => /^src\/modules\/([^/]+)\//.exec(p)?.[1] ?? null;
const layerOf = (p: string): string => {
  if (p.startsWith('web/src/')) return 'web';
  const m = /^src\/([^/]+)\//.exec(p);
  return m ? m[1]! : 'other';
};

/** Layers (src/<layer>/) each layer may import; modules are checked by their own rule. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  shared: ['shared'],
  infra: ['shared', 'infra', 'db'],
  db: ['shared', 'infra', 'db'],
  modules: ['shared', 'infra', 'db', 'modules'],
  platform: ['shared', 'infra', 'db', 'modules', 'platform', 'config.ts', 'logger.ts'],
  http: ['shared', 'infra', 'db', 'modules', 'platform', 'http', 'config.ts', 'logger.ts'],
  cli: ['shared', 'infra', 'db', 'modules', 'platform', 'http', 'cli', 'config.ts', 'logger.ts'],
};

/** What breaks the rules, one line each: "file:line → target (why)". */
export function boundaryViolations(edges = importEdges()): string[] {
  const out: string[] = [];
  for (const e of edges) {
    const why = ((): string | null => {
      const fromLayer = layerOf(e.from);
      const toTop = e.to.startsWith('src/') ? (/^src\/([^/]+)/.exec(e.to)?.[1] ?? '') : e.to.startsWith('web/src/') ? 'web' : 'outside';
      if (fromLayer === 'web') {
        if (toTop === 'web') return null;
        if (toTop === 'shared') return null;
        // The web may name the server's types, through a module's public entry only.
        if (toTop === 'modules') return e.typeOnly && /^src\/modules\/[^/]+\/index\.ts$/.test(e.to) ? null : 'the web imports server modules only as types from their index.ts';
        return `the web imports ${e.to}`;
      }
      if (!e.from.startsWith('src/')) return null;
      // A unit test beside its code may use the test suite's helpers and fixtures.
      if (/\.test\.tsx?$/.test(e.from) && e.to.startsWith('test/support/')) return null;
      const allowed = MAY_IMPORT[fromLayer];
      if (allowed && !allowed.includes(toTop) && !(toTop.endsWith('.ts') && allowed.includes(toTop))) return `${fromLayer}/ may not import ${toTop}/`;
      if (toTop === 'modules') {
        const a = moduleOf(e.from);
        const b = moduleOf(e.to);
        const entry = /^src\/modules\/[^/]+\/(index|module)\.ts$/.exec(e.to)?.[1];
        // A module's public entry is its index.ts; the composition roots also read its manifest.
        if (a !== b && !(entry === 'index' || (entry === 'module' && ['platform', 'http', 'cli'].includes(fromLayer)))) return `${b}'s internals (import its index.ts)`;
      }
      return null;
    })();
    if (why) out.push(`${e.from}:${e.line} → ${e.to} (${why})`);
  }
  return out;
}
