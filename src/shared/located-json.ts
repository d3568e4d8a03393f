/**
 * Strict JSON parsing that keeps positions, so an error can name the line and column of the
 * offending value (JSON.parse only gives a character offset, and nothing for schema errors).
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { InputError, type InputIssue } from './errors.ts';
import { MAX_ABS_VALUE, MAX_CELL_LENGTH, MAX_JSON_DEPTH, MAX_NAME_LENGTH } from './input-limits.ts';
import { checkMagnitude } from './japanese-numbers.ts';
import { shorten, textProblem } from './text-checks.ts';

export type JsonPath = ReadonlyArray<string | number>;

export interface LocatedJson {
  value: unknown;
  /** line (1-based) and column (1-based) of the value at `path`, or of its nearest existing ancestor */
  locate(path: JsonPath): { line: number; column: number };
}

const PARSE_ERROR_JA: Record<string, string> = {
  InvalidSymbol: '不正な文字があります',
  InvalidNumberFormat: '数値の書式が正しくありません',
  PropertyNameExpected: 'プロパティ名がありません',
  ValueExpected: '値がありません（ファイルが途中で切れている可能性があります）',
  ColonExpected: '「:」がありません',
  CommaExpected: '「,」がありません',
  CloseBraceExpected: '「}」がありません（ファイルが途中で切れている可能性があります）',
  CloseBracketExpected: '「]」がありません（ファイルが途中で切れている可能性があります）',
  EndOfFileExpected: 'JSON の終わりの後に余分な文字があります',
  InvalidCommentToken: 'JSON にコメントは書けません',
  UnexpectedEndOfComment: 'コメントが閉じられていません',
  UnexpectedEndOfString: '文字列が閉じられていません（ファイルが途中で切れている可能性があります）',
  UnexpectedEndOfNumber: '数値が途中で切れています',
  InvalidUnicode: '不正な Unicode エスケープです',
  InvalidEscapeCharacter: '不正なエスケープ文字です',
  InvalidCharacter: '不正な文字があります',
};

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function positionOf(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/**
 * Offset of the first `[` or `{` nested deeper than `limit`, or −1. A linear scan that needs no
 * parsing, so it can run before JSON.parse, jsonc-parser and every recursive validator (a
 * 100,000-deep array would overflow their stacks). It tokenises as jsonc-parser does — strings
 * end at a quote or a line break, comments are skipped, a closer pops only its own opener — so
 * the depth it finds is never less than what that recursive parser descends to, even in broken
 * JSON (whose syntax error is explained by jsonc-parser).
 */
export function jsonDepthExcessAt(text: string, limit: number = MAX_JSON_DEPTH): number {
  const open: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */) {
      for (i++; i < n; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c /* \ */) i++;
        else if (s === 0x22 || s === 0x0a || s === 0x0d) break;
      }
    } else if (ch === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      for (i += 2; i < n && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d; i++);
    } else if (ch === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 1;
    } else if (ch === 0x5b /* [ */ || ch === 0x7b /* { */) {
      open.push(ch);
      if (open.length > limit) return i;
    } else if (ch === 0x5d /* ] */ || ch === 0x7d /* } */) {
      if (open.length > 0 && open[open.length - 1] === ch - 2) open.pop();
    }
  }
  return -1;
}

/** Whether JSON text nests deeper than `limit` (for an HTTP middleware to refuse a body before parsing it). */
export function jsonDepthExceeds(text: string, limit: number = MAX_JSON_DEPTH): boolean {
  return jsonDepthExcessAt(text, limit) >= 0;
}

/**
 * Parses JSON for an import. Besides syntax, refused with located issues: nesting deeper than
 * MAX_JSON_DEPTH (before parsing); and anywhere in the document, a number that is not finite or
 * beyond ±MAX_ABS_VALUE (JSON.parse turns 1e400 into Infinity, which a JSON export would write
 * as null), a string with NUL or a lone surrogate (PostgreSQL and jsonb cannot store them) or
 * longer than MAX_CELL_LENGTH, and the key `__proto__` (a plain object cannot keep it, so it
 * would vanish from extras without a word).
 */
export function parseLocatedJson(text: string, file: string): LocatedJson {
  const deep = jsonDepthExcessAt(text);
  if (deep >= 0) {
    const pos = positionOf(lineStarts(text), deep);
    throw InputError.single({ file, line: pos.line, column: `${pos.column}文字目`, code: 'too_deep', reason: `JSON の入れ子が深すぎます（上限 ${MAX_JSON_DEPTH}段）` });
  }
  // The fast path is plain JSON.parse; the position-keeping parser runs only to explain a
  // syntax error or to locate a reported problem (it is ~10× slower on large catalogs).
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw syntaxError(text, file);
  }
  let located: { tree: Node; starts: number[] } | null = null;
  const nodeAt = (path: JsonPath): { node: Node; starts: number[] } | null => {
    located ??= { tree: parseTree(text)!, starts: lineStarts(text) };
    for (let n = path.length; n >= 0; n--) {
      const node: Node | undefined = findNodeAtLocation(located.tree, path.slice(0, n) as (string | number)[]);
      if (node) return { node, starts: located.starts };
    }
    return null;
  };
  const doc: LocatedJson = {
    value,
    locate(path) {
      const at = nodeAt(path);
      return at ? positionOf(at.starts, at.node.offset) : { line: 1, column: 1 };
    },
  };
  const found = unstorableValues(value);
  if (found.length > 0) {
    throw new InputError(
      found.map(({ path, code, reason }): InputIssue => {
        const at = nodeAt(path);
        const line = at ? positionOf(at.starts, at.node.offset).line : 1;
        // JSON.parse has already made 1e400 Infinity: show the number as the file writes it
        const shown = code === 'number_out_of_range' && at?.node.type === 'number' ? reasonForNumber(text.slice(at.node.offset, at.node.offset + at.node.length)) : reason;
        return { file, line, column: formatJsonPath(path) || '（全体）', code, reason: shown };
      }),
    );
  }
  return doc;
}

function reasonForNumber(literal: string): string {
  const r = checkMagnitude(Number(literal), shorten(literal));
  return r.ok ? '' : r.reason;
}

/** NUL or any surrogate: only strings with one of these need the full check. */
const SUSPECT = /[\u0000\uD800-\uDFFF]/;

interface Unstorable {
  path: JsonPath;
  code: string;
  reason: string;
}

/** Every value the stores cannot keep as it is (see parseLocatedJson), up to `limit`, with its path. */
function unstorableValues(root: unknown, limit = 50): Unstorable[] {
  const out: Unstorable[] = [];
  // Depth is bounded (checked before parsing), so recursion is safe here.
  // Fast paths first: this runs over every value of a 77 MB catalog.
  const visit = (v: unknown, path: Array<string | number>): void => {
    if (out.length >= limit) return;
    if (typeof v === 'number') {
      if (Number.isFinite(v) && Math.abs(v) <= MAX_ABS_VALUE) return;
      const r = checkMagnitude(v, String(v));
      if (!r.ok) out.push({ path: [...path], code: 'number_out_of_range', reason: r.reason });
    } else if (typeof v === 'string') {
      if (v.length <= MAX_CELL_LENGTH && !SUSPECT.test(v)) return;
      const p = textProblem(v);
      if (p) out.push({ path: [...path], code: p.code, reason: p.reason });
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        visit(v[i], path);
        path.pop();
      }
    } else if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        if (k === '__proto__') {
          out.push({ path: [...path, k], code: 'reserved_key', reason: 'キー「__proto__」は使えません（JavaScript の予約名のため保存できません）。別の名前にしてください' });
          continue;
        }
        const p = k.length <= MAX_NAME_LENGTH && !SUSPECT.test(k) ? null : textProblem(k, MAX_NAME_LENGTH);
        if (p) {
          out.push({ path: [...path, k], code: p.code, reason: `キー「${shorten(k)}」: ${p.reason}` });
          continue;
        }
        path.push(k);
        visit((v as Record<string, unknown>)[k], path);
        path.pop();
      }
    }
  };
  visit(root, []);
  return out;
}

function syntaxError(text: string, file: string): InputError {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const starts = lineStarts(text);
  const found = errors.length > 0 ? errors : [{ error: 4, offset: text.length, length: 0 } as ParseError];
  return new InputError(
    found.slice(0, 5).map((e) => {
      const pos = positionOf(starts, e.offset);
      const code = printParseErrorCode(e.error);
      return { file, line: pos.line, column: `${pos.column}文字目`, code: 'invalid_json', reason: `JSON の構文エラー: ${PARSE_ERROR_JA[code] ?? code}` };
    }),
  );
}

const PLAIN_KEY = /^[\p{L}\p{N}_$-]+$/u;

/** 'kpis[3].observations[0].value'; a key with spaces, dots or control characters as ["a b"]. */
export function formatJsonPath(path: JsonPath): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else if (PLAIN_KEY.test(p)) s += s === '' ? p : `.${p}`;
    else s += `[${JSON.stringify(p)}]`;
  }
  return s;
}
