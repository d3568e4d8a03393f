/** What decoding and encoding report: where a file stops being valid, which character cannot be written. */
export class DecodeError extends Error {
  /** 1-based line of the problem, when it is tied to a place in the file */
  readonly line?: number;
  /** 0-based byte offset of the problem */
  readonly byteOffset?: number;
  constructor(message: string, where?: { line: number; byteOffset: number }) {
    super(message);
    this.name = 'DecodeError';
    if (where) {
      this.line = where.line;
      this.byteOffset = where.byteOffset;
    }
  }
}

/** A character that cannot be written in the requested encoding. */
export class EncodeError extends Error {
  readonly character: string;
  /** 1-based line of the character in the text */
  readonly line: number;
  constructor(message: string, character: string, line: number) {
    super(message);
    this.name = 'EncodeError';
    this.character = character;
    this.line = line;
  }
}
