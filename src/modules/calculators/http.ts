/**
 * REST routes of the calculators: parse (the inputs' schemas, errors named by JSON path in
 * Japanese), calculate on the rules in force, reply. Nothing is stored and no one needs to sign in.
 */
import { OpenAPIHono, type Hook } from '@hono/zod-openapi';
import { download, XLSX } from '../../infra/http/download.ts';
import { BODY_FILE } from '../../infra/http/errors.ts';
import { InputError, type InputIssue } from '../../shared/errors.ts';
import { pathText, zodInputIssues } from '../../shared/zod-issues.ts';
import { calculateKigyoFurusato } from './domain/kigyo-furusato.ts';
import { calculateProJinzai } from './domain/pro-jinzai.ts';
import { whatIfKigyoFurusato } from './domain/what-if.ts';
import { kigyoFurusatoRoute, proJinzaiRoute, whatIfRoute } from './http-routes.ts';
import { todayJst } from './inputs.ts';
import { whatIfToXlsx } from './interchange/what-if-xlsx.ts';

/** zod's issues as located InputIssues; an unknown field is named itself, one issue per field. */
export function bodyIssues(error: { issues: ReadonlyArray<{ code: string; path: ReadonlyArray<PropertyKey>; keys?: readonly string[] }> }, file?: string): InputIssue[] {
  return error.issues.flatMap((i, n): InputIssue[] => {
    if (i.code === 'unrecognized_keys' && i.keys) {
      return i.keys.map((k) => ({ ...(file ? { file } : {}), column: pathText([...i.path, k]), code: 'unknown_field', reason: '不明な項目です（この項目は受け付けていません）' }));
    }
    // biome-ignore lint/suspicious/noExplicitAny: one issue of the error, re-wrapped for zodInputIssues
    return zodInputIssues({ issues: [error.issues[n]] } as any, file ? { file } : {});
  });
}

// biome-ignore lint/suspicious/noExplicitAny: the hook serves the three routes' body schemas
const bodyHook: Hook<any, any, any, any> = (result) => {
  if (!result.success) throw new InputError(bodyIssues(result.error, BODY_FILE));
  return undefined;
};

export function calculatorRoutes() {
  // Not createRouter(): its hook names a field by its path alone in zod's words; these bodies are
  // typed by people (「1,000万」), so the reasons are the Japanese ones of zodInputIssues.
  const app = new OpenAPIHono({ defaultHook: bodyHook });
  app.use('/calc/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.openapi(kigyoFurusatoRoute, (c) => {
    const b = c.req.valid('json');
    return c.json(calculateKigyoFurusato({ ...b, as_of: b.as_of ?? todayJst() }) as never, 200);
  });
  app.openapi(whatIfRoute, async (c) => {
    const { format, ...b } = c.req.valid('json');
    const result = whatIfKigyoFurusato({ ...b, as_of: b.as_of ?? todayJst() });
    if (format !== 'xlsx') return c.json(result as never, 200);
    return download(await whatIfToXlsx(result), XLSX, `企業版ふるさと納税_寄附額別試算_${result.as_of}.xlsx`) as never;
  });
  app.openapi(proJinzaiRoute, (c) => {
    const b = c.req.valid('json');
    return c.json(calculateProJinzai({ ...b, as_of: b.as_of ?? todayJst() }) as never, 200);
  });
  return app;
}
