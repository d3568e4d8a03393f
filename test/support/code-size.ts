/**
 * Sizes the architecture test holds the code to: lines per file and per function (every
 * function-like node: declarations, methods, arrows, function expressions), from the TypeScript
 * syntax tree of every file under the given roots. Test files are left out.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { ROOT } from './import-boundaries.ts';

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'node_modules' && name !== 'dist') out.push(...sourceFiles(p));
    } else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !/\.gen\.ts$/.test(name)) out.push(p);
  }
  return out;
}

export interface Sized {
  file: string;
  name: string;
  line: number;
  lines: number;
}

const rel = (p: string) => relative(ROOT, p).split(sep).join('/');

export function fileSizes(roots: readonly string[]): Sized[] {
  return roots.flatMap((r) => sourceFiles(join(ROOT, r))).map((p) => ({ file: rel(p), name: '', line: 1, lines: readFileSync(p, 'utf8').split('\n').length - 1 }));
}

function nameOf(node: ts.Node, sf: ts.SourceFile): string {
  const named = (node as { name?: ts.Node }).name;
  if (named) return named.getText(sf);
  const p = node.parent;
  if (p && ts.isVariableDeclaration(p)) return p.name.getText(sf);
  if (p && ts.isPropertyAssignment(p)) return p.name.getText(sf);
  if (p && ts.isCallExpression(p)) return `${p.expression.getText(sf).slice(0, 40)}(…)`;
  return '(anonymous)';
}

export function functionSizes(roots: readonly string[]): Sized[] {
  const out: Sized[] = [];
  for (const path of roots.flatMap((r) => sourceFiles(join(ROOT, r)))) {
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && (node as { body?: ts.Node }).body) {
        const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
        const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
        out.push({ file: rel(path), name: nameOf(node, sf), line: start + 1, lines: end - start + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}
