/**
 * `sousei verification list|show|report`: the verification rounds for operators (they read every
 * round, as the platform does; the report is the same as the route's, Excel included).
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { DatabaseHandle } from '../../../db/client.ts';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { oneOf } from '../../../infra/cli/options.ts';
import { actorName, type CliRuntime, type GlobalOptions } from '../../../infra/cli/runtime.ts';
import { formatDayWareki, formatPeriodText, formatValueText } from '../../../shared/display-format.ts';
import { operatorPrincipal } from '../../auth/index.ts';
import { listStrategies } from '../../kpi/index.ts';
import type { SignoffState } from '../domain/fingerprint.ts';
import { reportToXlsx } from '../interchange/write-report-xlsx.ts';
import { getReport } from '../use-cases/get-report.ts';
import { getRound } from '../use-cases/get-round.ts';
import { listRounds, type RoundListItem } from '../use-cases/list-rounds.ts';

const FORMATS = ['text', 'json'] as const;
/** As the web page words them (web/src/features/strategy-verification/messages.ts). */
const SIGNOFF_LABELS: Record<SignoffState, string> = { current: '確認済み', stale: 'データ更新後 未確認', missing: '未確認' };

/** Every round (of one strategy, or of all), in the order of the strategies' list. */
async function allRounds(db: DatabaseHandle['db'], strategyId: string | undefined, by: ReturnType<typeof operatorPrincipal>): Promise<RoundListItem[]> {
  const ids = strategyId ? [strategyId] : (await listStrategies(db)).map((s) => s.id);
  const out: RoundListItem[] = [];
  for (const id of ids) out.push(...(await listRounds(db, id, by)).rounds);
  return out;
}

type Round = Awaited<ReturnType<typeof getRound>>;
type Value = { value: number | null; period: string | null; text?: string | null } | null;
/** A value in the one number format with its period in brackets; a direction-only target by its words. */
function valueText(v: Value, unit: string): string {
  if (!v) return '—';
  const shown = v.value !== null ? formatValueText(v.value, unit) : (v.text ?? '—');
  return v.period ? `${shown}（${formatPeriodText(v.period)}）` : shown;
}

/** The round as a planner reads it on a terminal: header, KPIs with their class, panel with sign-offs, what blocks publication. */
function roundText(r: Round): string {
  const lines = [
    `${r.round.id}\t${r.round.title}`,
    `戦略: ${r.round.strategy_name}（${r.round.strategy_id}）\t${r.round.fiscal_year_label}\t評価日 ${formatDayWareki(r.round.evaluation_date)}\t${r.round.status_label}`,
    '',
    'KPI\t基準値\t目標値\t実績値\t判定\t意見\t対応',
  ];
  for (const k of r.kpis)
    lines.push(
      `${k.id} ${k.name}\t${valueText(k.baseline, k.unit)}\t${valueText(k.target, k.unit)}\t${valueText(k.actual, k.unit)}\t${k.status_label}\t${k.comments.length}件\t${k.response ? 'あり' : '—'}`,
    );
  lines.push('', '委員\t分野\t所属\t確認');
  for (const m of r.members) lines.push(`${m.name}\t${m.sector_label}\t${m.organisation || '—'}\t${SIGNOFF_LABELS[m.signoff.state]}`);
  const b = r.blockers;
  if (b.no_members) lines.push('', '公表できません: 委員がいません');
  if (b.missing.length > 0) lines.push('', `未確認: ${b.missing.join('、')}`);
  if (b.stale.length > 0) lines.push('', `再確認が必要: ${b.stale.join('、')}`);
  return `${lines.join('\n')}\n`;
}

export function registerVerification(group: Command, rt: CliRuntime) {
  const run = (cmd: Command, name: string, f: (h: DatabaseHandle) => Promise<void>) => rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), name, f);
  databaseCommand(group.command('list'))
    .description('検証ラウンドの一覧 / list verification rounds')
    .option('--strategy <id>', 'この戦略のラウンドのみ / only this strategy’s rounds')
    .option('--format <f>', 'text | json', 'text')
    .action(async (o: { strategy?: string; format: string }, cmd: Command) => {
      const format = oneOf('--format', o.format, FORMATS);
      await run(cmd, 'verification list', async ({ db }) => {
        const rounds = await allRounds(db, o.strategy, operatorPrincipal(actorName(rt)));
        if (format === 'json') rt.io.stdout.write(`${JSON.stringify({ rounds }, null, 2)}\n`);
        else
          for (const r of rounds)
            rt.io.stdout.write(`${r.id}\t${r.strategy_id}\t${r.fiscal_year_label}\t${r.title}\t評価日 ${formatDayWareki(r.evaluation_date)}\t${r.status_label}\n`);
      });
    });
  databaseCommand(group.command('show <roundId>'))
    .description('検証ラウンドの内容（評価、意見、委員の確認） / a round as it stands')
    .option('--format <f>', 'text | json', 'text')
    .action(async (roundId: string, o: { format: string }, cmd: Command) => {
      const format = oneOf('--format', o.format, FORMATS);
      await run(cmd, 'verification show', async ({ db }) => {
        const r = await getRound(db, roundId, operatorPrincipal(actorName(rt)));
        rt.io.stdout.write(format === 'json' ? `${JSON.stringify(r, null, 2)}\n` : roundText(r));
      });
    });
  databaseCommand(group.command('report <roundId>'))
    .description('検証結果の報告書を Excel に書き出す（公表後は公表時の内容） / write the report workbook')
    .requiredOption('--out <file>', '書き出す .xlsx ファイル / the .xlsx file to write')
    .action(async (roundId: string, o: { out: string }, cmd: Command) => {
      await run(cmd, 'verification report', async ({ db }) => {
        const report = await getReport(db, roundId, operatorPrincipal(actorName(rt)));
        writeFileSync(o.out, await reportToXlsx(report));
        rt.io.stdout.write(`${o.out} に書き出しました（KPI ${report.kpis.length}件、委員 ${report.members.length}名${report.final ? '、公表時の内容' : '、公表前の内容'}）\n`);
      });
    });
}
