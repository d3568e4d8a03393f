/** Where a byte is, in the words of an error message (line, byte offset, the byte). */

/** 1-based line of a byte offset; a lone CR counts as a line break (Excel for Mac CSVs). */
export function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

export function where(bytes: Uint8Array, offset: number): { line: number; byteOffset: number } {
  return { line: lineAt(bytes, offset), byteOffset: offset };
}

export function describe(bytes: Uint8Array, offset: number): string {
  const b = bytes[offset] ?? 0;
  return `${lineAt(bytes, offset)}行目、先頭から${offset + 1}バイト目: 0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}
