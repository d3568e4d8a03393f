/**
 * `sousei verification list|show|report` against an embedded data directory: a round prepared
 * through the use cases, then listed (text and JSON, by strategy), shown (text and JSON), its report
 * written as the same Excel workbook as the route's; an unknown round or format is refused with
 * the reason and a non-zero exit.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { operatorPrincipal } from '../src/modules/auth/index.ts';
import { createRound } from '../src/modules/strategy-verification/use-cases/create-round.ts';
import { setMember } from '../src/modules/strategy-verification/use-cases/set-member.ts';
import { openPlatform } from '../src/platform/open-platform.ts';
import { loadExcelJS } from '../src/shared/load-exceljs.ts';
import { localStrategy } from './support/grant-api.ts';
import { addUser } from './support/plan-api.ts';
import { runSousei } from './support/sousei-cli.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'sousei-verification-cli-'));
const sousei = (args: string[]) => runSousei(['verification', ...args], { env: { SOUSEI_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SOUSEI_LOAD_STATISTICS: 'false' } });
let id = '';

beforeAll(async () => {
  const h = await openPlatform({ SOUSEI_DATA_DIR: dataDir }, undefined, undefined, 'test', { statistics: false });
  try {
    await localStrategy(h.db, '162019', 'toyama-cli', ['k1', 'k2']);
    await localStrategy(h.db, '172014', 'kanazawa-cli', ['k1']);
    const op = operatorPrincipal('test');
    id = (await createRound(h.db, 'toyama-cli', { fiscal_year: 2026 }, op)).id;
    await createRound(h.db, 'kanazawa-cli', { fiscal_year: 2025 }, op);
    await addUser(h.db, 'm1@panel.example.jp', 'reviewer', '000000');
    await setMember(h.db, id, { email: 'm1@panel.example.jp', name: '山田 太郎', sector: 'finance', organisation: '北陸銀行' }, op);
  } finally {
    await h.close();
  }
}, 180_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('lists the rounds, of all strategies or of one, as text or JSON', async () => {
  const all = await sousei(['list']);
  expect(all.code).toBe(0);
  const lines = all.stdout.trim().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines).toContain(`${id}\ttoyama-cli\t2026年度（令和8年度）\t2026年度（令和8年度） 効果検証\t評価日 令和9年（2027年）3月31日\t準備中`);
  const one = await sousei(['list', '--strategy', 'toyama-cli', '--format', 'json']);
  expect(JSON.parse(one.stdout).rounds.map((r: { id: string; strategy_id: string; status: string }) => [r.id, r.strategy_id, r.status])).toEqual([[id, 'toyama-cli', 'draft']]);
  const bad = await sousei(['list', '--format', 'csv']);
  expect(bad.code).not.toBe(0);
  expect(bad.stderr).toContain('--format');
}, 180_000);

it('shows a round: the KPIs as evaluated, the panel and what blocks publication', async () => {
  const text = await sousei(['show', id]);
  expect(text.code).toBe(0);
  expect(text.stdout).toContain(`${id}\t2026年度（令和8年度） 効果検証`);
  expect(text.stdout).toContain('戦略: 第3期総合戦略（162019）（toyama-cli）\t2026年度（令和8年度）\t評価日 令和9年（2027年）3月31日\t準備中');
  expect(text.stdout).toContain('k1 指標 k1\t100人（2024年度）\t200人（2030年度）\t—\t③ 測定不能\t0件\t—');
  expect(text.stdout).toContain('山田 太郎\t金（金融機関）\t北陸銀行\t未確認');
  expect(text.stdout).toContain('未確認: 山田 太郎');
  const json = JSON.parse((await sousei(['show', id, '--format', 'json'])).stdout);
  expect(json.members.map((m: { name: string; sector: string }) => [m.name, m.sector])).toEqual([['山田 太郎', 'finance']]);
  expect(json.kpis.map((k: { id: string }) => k.id)).toEqual(['k1', 'k2']);
  const unknown = await sousei(['show', 'vr-000000000000']);
  expect(unknown.code).not.toBe(0);
  expect(unknown.stderr).toContain('vr-000000000000');
}, 180_000);

it('writes the report as the route’s Excel workbook', async () => {
  const file = join(dataDir, 'report.xlsx');
  const r = await sousei(['report', id, '--out', file]);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(`${file} に書き出しました（KPI 2件、委員 1名、公表前の内容）\n`);
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  const bytes = readFileSync(file);
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['検証結果', '総評', '検証委員']);
  const members = wb.getWorksheet('検証委員')!;
  const values = (members.getSheetValues() as unknown[][]).filter(Boolean).map((row) => row.slice(1));
  expect(values.some((row) => row.includes('山田 太郎') && row.includes('北陸銀行'))).toBe(true);
}, 180_000);
