/**
 * Path parameters shared by the routes. Ids of strategies, KPIs and indicators are free text
 * chosen by whoever wrote the catalog, so the URL is the only guard: printable, bounded.
 */
import { z } from '@hono/zod-openapi';

/** Longest id accepted in a path (stored ids are far shorter; a longer one cannot exist). */
export const ID_MAX_LENGTH = 200;

/** Control characters (C0, DEL, C1) and unpaired surrogates: never part of an id. */
const NOT_PRINTABLE = /[\p{Cc}\p{Cs}]/u;

/** A strategy, KPI or indicator id in a path: 1–200 printable characters. */
export function idParam(name: string, example: string, description?: string) {
  return z
    .string()
    .min(1, { error: 'ID を指定してください' })
    .max(ID_MAX_LENGTH, { error: `ID は${ID_MAX_LENGTH}文字以内です` })
    .refine((s) => !NOT_PRINTABLE.test(s), { error: 'ID に制御文字は使えません' })
    .openapi({ param: { name, in: 'path' }, example, ...(description ? { description } : {}) });
}
