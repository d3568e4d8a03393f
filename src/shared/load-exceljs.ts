/**
 * exceljs, loaded on first use: it takes ~0.4 s to import, which every CLI process and server
 * start paid although only .xlsx reading and writing need it (measured with a bare import).
 */
type ExcelJSModule = typeof import('exceljs');

let loading: Promise<ExcelJSModule> | undefined;

export async function loadExcelJS(): Promise<ExcelJSModule> {
  // A CommonJS package: Node hands it over as the default export of the ES module namespace.
  loading ??= import('exceljs').then((m) => (m as ExcelJSModule & { default?: ExcelJSModule }).default ?? m);
  return loading;
}
