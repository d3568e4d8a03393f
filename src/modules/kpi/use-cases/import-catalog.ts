/** A whole strategy from a JSON catalog (operators: the CLI), owned by a registered government. */
import type { Database } from '../../../db/client.ts';
import { InputError } from '../../../shared/errors.ts';
import { NATIONAL_CODE, readLocalGovCode } from '../../../shared/local-gov-code.ts';
import { getArea } from '../../local-gov/index.ts';
import type { Catalog } from '../domain/catalog.ts';
import type { ImportRequest, ImportResult } from './import-types.ts';
import { readCatalogFile } from './read-catalog-file.ts';
import { saveCatalog } from './save-catalog.ts';

async function ownerOf(db: Database, catalog: Catalog, req: ImportRequest): Promise<string> {
  const raw = req.ownerCode ?? (catalog.strategy.extra?.owner_code as string | undefined) ?? NATIONAL_CODE;
  const code = readLocalGovCode(raw, { file: req.file, column: 'strategy.owner_code' });
  if (!(await getArea(db, code)))
    throw InputError.single({ file: req.file, column: 'strategy.owner_code', code: 'unknown_area', reason: `団体コード「${code}」の団体が登録されていません` });
  return code;
}

export async function importCatalogFile(db: Database, req: ImportRequest): Promise<Extract<ImportResult, { kind: 'catalog' }>> {
  const catalog = await readCatalogFile(req.bytes, req.file, req.encoding);
  const ownerCode = await ownerOf(db, catalog, req);
  const r = await saveCatalog(db, catalog, { ownerCode, actor: req.actor, replace: req.replace, source: req.file });
  return { kind: 'catalog', strategy: catalog.strategy.id, ...r };
}
