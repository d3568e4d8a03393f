/**
 * Strict JSON parsing that keeps positions, so an error can name the line and column of the
 * offending value (JSON.parse only gives a character offset, and nothing for schema errors).
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { InputError } from './errors.ts';

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

export function parseLocatedJson(text: string, file: string): LocatedJson {
  // The fast path is plain JSON.parse; the position-keeping parser runs only to explain a
  // syntax error or to locate a reported problem (it is ~10× slower on large catalogs).
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw syntaxError(text, file);
  }
  let located: { tree: Node; starts: number[] } | null = null;
  return {
    value,
    locate(path) {
      located ??= { tree: parseTree(text)!, starts: lineStarts(text) };
      for (let n = path.length; n >= 0; n--) {
        const node: Node | undefined = findNodeAtLocation(located.tree, path.slice(0, n) as (string | number)[]);
        if (node) return positionOf(located.starts, node.offset);
      }
      return { line: 1, column: 1 };
    },
  };
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

/** 'kpis[3].observations[0].value' */
export function formatJsonPath(path: JsonPath): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s === '' ? p : `.${p}`;
  return s;
}
