/** Reads a catalog file without touching the database (for `kpi evaluate --input` and imports). */
import { InputError } from '../../../shared/errors.ts';
import { decodeFile, type TextEncodingChoice } from '../../../shared/tabular.ts';
import type { Catalog } from '../domain/catalog.ts';
import { classifyImport } from '../interchange/classify-import.ts';
import { readJsonCatalog } from '../interchange/read-json-catalog.ts';

export async function readCatalogFile(bytes: Uint8Array, file: string, encoding: TextEncodingChoice = 'auto'): Promise<Catalog> {
  if (classifyImport(bytes, file) !== 'catalog') {
    throw InputError.single({ file, code: 'unsupported_format', reason: 'KPIカタログは JSON 形式で指定してください（CSV/Excel は実績値の取込に使います）' });
  }
  return readJsonCatalog(decodeFile(bytes, file, encoding), file);
}
