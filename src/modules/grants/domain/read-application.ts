/**
 * An application as JSON text (a file for `sousei grants check`, a request body): parsed with
 * positions kept, so that each problem names the file (or リクエスト本文), the line and the JSON
 * path. Pure: the caller reads the bytes.
 */
import { InputError } from '../../../shared/errors.ts';
import { type JsonPath, parseLocatedJson } from '../../../shared/located-json.ts';
import type { ApplicationContent } from './application-content.ts';
import { parseApplication } from './parse-application.ts';

/** 'projects[0].costs[1].eligible_cost' → ['projects', 0, 'costs', 1, 'eligible_cost'] */
export function jsonPathOf(text: string): JsonPath {
  return [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** The application in a file, or an InputError whose issues name the file, the line and the JSON path. */
export function readApplicationText(text: string, file: string): ApplicationContent {
  const doc = parseLocatedJson(text, file);
  try {
    return parseApplication(doc.value, { file });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    throw new InputError(e.issues.map((i) => (i.column && i.column !== '(本文)' ? { ...i, line: doc.locate(jsonPathOf(i.column)).line } : i)));
  }
}
