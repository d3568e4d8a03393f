/**
 * Hostile input: every bad file is refused with an InputError that says where (file, line,
 * column) and why (a stable code), and the database is left exactly as it was.
 * Fixtures: test/fixtures/make-fixtures.ts.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { importFile, type ImportRequest } from '../src/modules/kpi/index.ts';
import { InputError, type InputIssue } from '../src/shared/errors.ts';
import { describeEachDatabase } from './support/databases.ts';
import { rejection, snapshot } from './support/db-snapshot.ts';

const fixtureBytes = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const fixtureText = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** 1-based line of the n-th (1-based) occurrence of `needle` in a fixture. */
function lineOf(file: string, needle: string, occurrence = 1): number {
  const lines = fixtureText(file).split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.includes(needle) && ++seen === occurrence) return i + 1;
  throw new Error(`「${needle}」 not found ${occurrence} time(s) in ${file}`);
}

interface BadCase {
  file: string;
  request?: Partial<ImportRequest>;
  /** the first issue, exactly (file is added); `reason` is checked with toContain */
  first: Omit<InputIssue, 'file' | 'reason'> & { reasonIncludes: string[] };
  /** how many issues the file yields, when it is exactly known */
  issues?: number;
}

const truncatedJsonLines = fixtureText('truncated.json').split('\n');
const truncatedLastLine = truncatedJsonLines.at(-1)!;

const cases: BadCase[] = [
  // The quote opens on line 3 and is never closed: line 3 is where the user must look.
  { file: 'broken-quote.csv', first: { line: 3, code: 'invalid_csv', reasonIncludes: ['引用符'] }, issues: 1 },
  { file: 'truncated.csv', first: { line: 3, code: 'column_count', reasonIncludes: ['列の数（3）', '見出し行（6）'] }, issues: 1 },
  {
    file: 'truncated.json',
    first: {
      line: truncatedJsonLines.length,
      column: `${truncatedLastLine.indexOf('"') + 1}文字目`,
      code: 'invalid_json',
      reasonIncludes: ['文字列が閉じられていません'],
    },
  },
  { file: 'not-a-number.csv', first: { line: 3, column: 'value', code: 'not_a_number', reasonIncludes: ['abc'] }, issues: 1 },
  { file: 'unknown-kpi.csv', first: { line: 3, column: 'kpi_id', code: 'unknown_kpi', reasonIncludes: ['T-99'] }, issues: 1 },
  {
    file: 'duplicate-ids.json',
    first: { line: lineOf('duplicate-ids.json', '"id": "D-01"', 2), column: 'kpis[2].id', code: 'duplicate_id', reasonIncludes: ['D-01'] },
    issues: 1,
  },
  { file: 'duplicate-rows.csv', first: { line: 4, column: 'period', code: 'duplicate_period', reasonIncludes: ['T-01', 'FY2026', '2行目'] }, issues: 1 },
  { file: 'bad-period.csv', first: { line: 2, column: 'period', code: 'invalid_period', reasonIncludes: ['2026年13月'] }, issues: 1 },
  { file: 'euc-jp.csv', first: { code: 'bad_encoding', reasonIncludes: ['EUC-JP', 'UTF-8 または Shift_JIS'] }, issues: 1 },
  { file: 'binary.csv', first: { line: 2, code: 'bad_encoding', reasonIncludes: ['バイナリ'] }, issues: 1 },
  {
    file: 'unknown-node.json',
    first: { line: lineOf('unknown-node.json', '"node": "output-9"'), column: 'kpis[1].node', code: 'unknown_node', reasonIncludes: ['output-9'] },
    issues: 1,
  },
  // Rows 2–4 are valid; row 5 is not.
  { file: 'valid-then-bad.csv', first: { line: 5, column: 'value', code: 'not_a_number', reasonIncludes: ['12.5.1'] }, issues: 1 },
  // The record starts on line 2 (its quoted note runs on to line 3); the bad value is on line 2.
  { file: 'multiline-note.csv', first: { line: 2, column: 'value', code: 'not_a_number', reasonIncludes: ['abc'] }, issues: 1 },
  // Columns are named as written in the file (InputIssue.column), here the Japanese 「区分」.
  { file: 'bad-flag-ja.csv', first: { line: 3, column: '区分', code: 'invalid_flag', reasonIncludes: ['仮の値'] }, issues: 1 },
  // --encoding utf8 must not let a NUL byte through to the database: it is bad input on line 1003.
  { file: 'nul-after-1000-rows.csv', request: { encoding: 'utf8' }, first: { line: 1003, code: 'bad_encoding', reasonIncludes: [] } },
];

describeEachDatabase('import of bad input', (database) => {
  let before: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    const { db } = database().handle;
    // A strategy with observations, imported the normal way, so every table has rows to protect.
    await importFile(db, { bytes: fixtureBytes('catalog-small.json'), file: 'catalog-small.json', actor: 'test:setup' });
    await importFile(db, { bytes: fixtureBytes('observations-utf8.csv'), file: 'observations-utf8.csv', actor: 'test:setup', strategyId: 'test-strategy' });
    before = await snapshot(db);
    expect(before.counts.kpi_observations).toBeGreaterThanOrEqual(11);
    expect(before.counts.audit_log).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)('$file is refused with a located InputError and changes nothing', async (c) => {
    const { db } = database().handle;
    const err = await rejection(importFile(db, { bytes: fixtureBytes(c.file), file: c.file, actor: 'test:bad', strategyId: 'test-strategy', ...c.request }));
    expect(err).toBeInstanceOf(InputError);
    const issues = (err as InputError).issues;
    if (c.issues !== undefined) expect(issues).toHaveLength(c.issues);
    const { reasonIncludes, ...where } = c.first;
    const first = issues[0]!;
    expect({ file: first.file, line: first.line, row: first.row, column: first.column, code: first.code }).toEqual({
      file: c.file,
      line: where.line,
      row: where.row,
      column: where.column,
      code: where.code,
    });
    for (const part of reasonIncludes) expect(first.reason).toContain(part);
    // The message users see names the file and, when known, the line.
    expect((err as InputError).message).toContain(c.file);
    if (where.line !== undefined) expect((err as InputError).message).toContain(`${where.line}行目`);

    expect(await snapshot(db)).toEqual(before);
  });

  it('a failure inside the write transaction (after a first chunk of 1000 rows was inserted) leaves nothing', async () => {
    const { db } = database().handle;
    // With an explicit utf8 encoding the NUL is decoded, so the rows reach the database and the
    // second insert chunk fails there; the whole transaction must roll back.
    const err = await rejection(
      importFile(db, { bytes: fixtureBytes('nul-after-1000-rows.csv'), file: 'nul-after-1000-rows.csv', actor: 'test:bad', strategyId: 'test-strategy', encoding: 'utf8' }),
    );
    expect(err).toBeInstanceOf(Error);
    const after = await snapshot(db);
    expect(after.counts).toEqual(before.counts);
    expect(after).toEqual(before);
  });

  it('the same file with automatic encoding detection is refused as binary at line 1003', async () => {
    const { db } = database().handle;
    const err = await rejection(
      importFile(db, { bytes: fixtureBytes('nul-after-1000-rows.csv'), file: 'nul-after-1000-rows.csv', actor: 'test:bad', strategyId: 'test-strategy' }),
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).issues).toEqual([expect.objectContaining({ file: 'nul-after-1000-rows.csv', line: 1003, code: 'bad_encoding' })]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a catalog that collides with an existing strategy (no --replace) changes nothing', async () => {
    const { db } = database().handle;
    const err = await rejection(importFile(db, { bytes: fixtureBytes('catalog-small.json'), file: 'catalog-small.json', actor: 'test:bad' }));
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).issues).toEqual([expect.objectContaining({ file: 'catalog-small.json', code: 'strategy_exists' })]);
    expect(await snapshot(db)).toEqual(before);
  });
});
