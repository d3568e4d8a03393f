/** `sousei plans rounds list|open|publish|summary`: progress rounds for operators (they act for the secretariat; audited as CLI). */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { commandGroup } from '../../../infra/cli/command-group.ts';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import type { DatabaseHandle } from '../../../db/client.ts';
import { actorName, type CliRuntime, type GlobalOptions } from '../../../infra/cli/runtime.ts';
import { formatDayWareki } from '../../../shared/display-format.ts';
import { operatorPrincipal } from '../../auth/index.ts';
import type { PlanType } from '../domain/plan-types.ts';
import { roundSummaryToXlsx } from '../interchange/write-round-summary-xlsx.ts';
import { listRounds } from '../use-cases/list-rounds.ts';
import { openRound } from '../use-cases/open-round.ts';
import { publishRound } from '../use-cases/publish-round.ts';
import { roundSummary } from '../use-cases/round-summary.ts';

export function registerRounds(program: Command, rt: CliRuntime) {
  const rounds = commandGroup(program, 'plans', '地域未来戦略の計画 / plans').command('rounds').description('進捗確認のラウンド / progress rounds');
  const run = (cmd: Command, name: string, f: (h: DatabaseHandle) => Promise<void>) => rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), name, f);
  databaseCommand(rounds.command('list'))
    .description('ラウンドの一覧 / list rounds')
    .action(async (_o: unknown, cmd: Command) => {
      await run(cmd, 'plans rounds list', async ({ db }) => {
        for (const r of (await listRounds(db, operatorPrincipal(actorName(rt)))).rounds) {
          rt.io.stdout.write(
            `${r.id}\t${r.title}\t${r.plan_types.join(',')}\t${r.period_start}〜${r.period_end}\t期限 ${formatDayWareki(r.deadline)}\t対象${r.plans} 受理${r.accepted}\t${r.published_at ? '公表済み' : '受付中'}\n`,
          );
        }
      });
    });
  databaseCommand(rounds.command('open'))
    .description('ラウンドを開始 / open a round')
    .requiredOption('--title <title>', '名称')
    .requiredOption('--types <types>', '計画類型 A,B,C')
    .requiredOption('--from <day>', '対象期間の始まり YYYY-MM-DD')
    .requiredOption('--to <day>', '対象期間の終わり YYYY-MM-DD')
    .requiredOption('--deadline <day>', '提出期限 YYYY-MM-DD')
    .option('--actor <name>', 'who, for the audit trail')
    .action(async (o: { title: string; types: string; from: string; to: string; deadline: string; actor?: string }, cmd: Command) => {
      await run(cmd, 'plans rounds open', async ({ db }) => {
        const planTypes = o.types.split(',').map((t) => t.trim().toUpperCase()) as PlanType[];
        const { id } = await openRound(db, { title: o.title, planTypes, periodStart: o.from, periodEnd: o.to, deadline: o.deadline }, operatorPrincipal(actorName(rt, o.actor)));
        rt.io.stdout.write(`ラウンドを開始しました: ${id} ${o.title}\n`);
      });
    });
  databaseCommand(rounds.command('publish <roundId>'))
    .description('ラウンドを公表 / publish a round')
    .option('--actor <name>', 'who, for the audit trail')
    .action(async (roundId: string, o: { actor?: string }, cmd: Command) => {
      await run(cmd, 'plans rounds publish', async ({ db }) => {
        const { round } = await publishRound(db, roundId, operatorPrincipal(actorName(rt, o.actor)));
        rt.io.stdout.write(`ラウンドを公表しました: ${round.id} ${round.title}\n`);
      });
    });
  databaseCommand(rounds.command('summary <roundId>'))
    .description('ラウンドの集計（JSON、--xlsx で Excel） / a round’s summary')
    .option('--xlsx <file>', 'write the Excel workbook to this file')
    .action(async (roundId: string, o: { xlsx?: string }, cmd: Command) => {
      await run(cmd, 'plans rounds summary', async ({ db }) => {
        const s = await roundSummary(db, roundId, operatorPrincipal(actorName(rt)));
        if (o.xlsx) {
          writeFileSync(o.xlsx, await roundSummaryToXlsx(s));
          rt.io.stdout.write(`${o.xlsx} に書き出しました（計画 ${s.totals.plans}件）\n`);
        } else rt.io.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
      });
    });
}
