/**
 * The OpenAPI document of the REST API, checked in as docs/openapi.json, and the web client's
 * types generated from it (web/src/api/schema.gen.ts, by openapi-typescript).
 *
 *   npm run openapi:write   → rewrites both files (after a change to a route's schema)
 *
 * The document is the one the app serves at /api/openapi.json, taken from an app built in-process:
 * serving it touches no database, so none is opened. test/openapi-document.test.ts compares both
 * files with what this module produces.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { createApp } from '../src/http/app.ts';

export const DOCUMENT_FILE = fileURLToPath(new URL('../docs/openapi.json', import.meta.url));
export const SCHEMA_TYPES_FILE = fileURLToPath(new URL('../web/src/api/schema.gen.ts', import.meta.url));

/** Object keys sorted at every level (arrays keep their order), so the file diffs stably. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** The document served at /api/openapi.json (the version is fixed: no per-run values). */
export async function openApiDocument(): Promise<OpenAPI3> {
  const app = createApp({ db: undefined as never, webRoot: null, evaluateRateLimiter: null, version: '0.1.0' });
  const res = await app.request('/api/openapi.json');
  if (res.status !== 200) throw new Error(`GET /api/openapi.json answered ${res.status}`);
  return sortKeys(await res.json()) as OpenAPI3;
}

/** The document as written to docs/openapi.json. */
export function documentText(doc: OpenAPI3): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The TypeScript types of the document, as written to web/src/api/schema.gen.ts. */
export async function schemaTypesText(doc: OpenAPI3): Promise<string> {
  const ast = await openapiTS(doc, { alphabetize: true });
  return [
    '/**',
    ' * Generated from docs/openapi.json by openapi-typescript (scripts/openapi-document.ts).',
    ' * Do not edit: run `npm run openapi:write` after changing a route.',
    ' */',
    '',
    astToString(ast),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const doc = await openApiDocument();
  writeFileSync(DOCUMENT_FILE, documentText(doc));
  writeFileSync(SCHEMA_TYPES_FILE, await schemaTypesText(doc));
  process.stdout.write(`wrote ${DOCUMENT_FILE} and ${SCHEMA_TYPES_FILE}\n`);
}
