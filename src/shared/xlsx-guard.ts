/**
 * Checks an .xlsx (a ZIP archive) before it is opened: the sizes its entries declare once
 * expanded. A 409 KB file can expand to gigabytes (a "zip bomb"); refusing it here costs
 * reading the archive's directory only. Sizes can be forged, so the worker's memory limit
 * (src/infra/worker-pool.ts) remains the backstop.
 */
import JSZip from 'jszip';
import { InputError } from './errors.ts';

/** Expanded size of all entries together: far above any real KPI or statistics workbook. */
export const MAX_XLSX_EXPANDED_BYTES = 200 * 1024 * 1024;
/** Expanded ÷ compressed above this is not a spreadsheet (real workbooks: 5–20×). */
export const MAX_XLSX_RATIO = 200;

export async function checkXlsxArchive(bytes: Uint8Array, file: string): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    throw InputError.single({
      file,
      code: 'invalid_xlsx',
      reason: `Excel（.xlsx）ファイルとして読めません（壊れているか、途中で切れている可能性があります）: ${(e as Error).message}`,
    });
  }
  let expanded = 0;
  zip.forEach((_path, entry) => {
    // JSZip keeps the central directory's sizes on the (undocumented but stable) _data field.
    expanded += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  const limitMb = MAX_XLSX_EXPANDED_BYTES / 1024 / 1024;
  if (expanded > MAX_XLSX_EXPANDED_BYTES || (bytes.length > 0 && expanded / bytes.length > MAX_XLSX_RATIO && expanded > 10 * 1024 * 1024)) {
    throw InputError.single({
      file,
      code: 'too_large_expanded',
      reason: `Excel ファイルの展開後のサイズ（${Math.round(expanded / 1024 / 1024)} MB）が上限（${limitMb} MB）を超えるか、圧縮率が不自然です。CSV で保存するか、ファイルを分けてください`,
    });
  }
}
