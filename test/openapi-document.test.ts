/**
 * The checked-in OpenAPI document (docs/openapi.json) and the web client's types generated from it
 * (web/src/api/schema.gen.ts) are those the current routes produce.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OBSERVATION_FLAGS, type NodeLevel, type ObservationFlag } from '../src/modules/kpi/index.ts';
import * as web from '../web/src/api/types.ts';
import { DOCUMENT_FILE, SCHEMA_TYPES_FILE, documentText, openApiDocument, schemaTypesText } from '../scripts/openapi-document.ts';

const STALE = 'is out of date with the routes: run `npm run openapi:write` and commit the result';

describe('the checked-in OpenAPI document', () => {
  it('is the document the app serves', async () => {
    const doc = await openApiDocument();
    const checkedIn = JSON.parse(readFileSync(DOCUMENT_FILE, 'utf8')) as unknown;
    expect(checkedIn, `docs/openapi.json ${STALE}`).toEqual(doc);
    expect(readFileSync(DOCUMENT_FILE, 'utf8'), `docs/openapi.json ${STALE} (formatting)`).toBe(documentText(doc));
  });

  it('is the same on every run (no per-run values)', async () => {
    expect(documentText(await openApiDocument())).toBe(documentText(await openApiDocument()));
  });

  it('has generated web/src/api/schema.gen.ts', async () => {
    const doc = JSON.parse(readFileSync(DOCUMENT_FILE, 'utf8')) as Parameters<typeof schemaTypesText>[0];
    expect(readFileSync(SCHEMA_TYPES_FILE, 'utf8'), `web/src/api/schema.gen.ts ${STALE}`).toBe(await schemaTypesText(doc));
  });
});

/** true when A and B are the same type */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

describe("the web's narrow aliases of what the document types loosely", () => {
  it('are the server vocabularies', () => {
    const levels: Same<web.NodeLevel, NodeLevel> = true;
    const flags: Same<web.ObservationFlag, ObservationFlag> = true;
    expect([levels, flags]).toEqual([true, true]);
    expect([...web.OBSERVATION_FLAGS].sort()).toEqual(Object.keys(OBSERVATION_FLAGS).sort());
  });
});
