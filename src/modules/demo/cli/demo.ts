import type { Command } from 'commander';
import { operatorPrincipal } from '../../auth/index.ts';
import { addDemo } from '../add-demo.ts';
import { removeDemo } from '../remove-demo.ts';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { actorName, type CliRuntime, type GlobalOptions } from '../../../infra/cli/runtime.ts';

export function registerDemo(program: Command, rt: CliRuntime) {
  const demo = program
    .command('demo')
    .description('サンプルの実績値・札幌市のデモ戦略とその編集者の追加と削除 / add or remove the demo (sample actuals, a municipal strategy and its editor)');
  databaseCommand(demo.command('add'))
    .description("デモを追加する（パスワードは一度だけ表示） / add the demo; prints the editor's password once")
    .option('--password-stdin', "read the demo editor's password from standard input instead of generating one")
    .option('--actor <name>', 'who, for the audit trail (default: cli:<user>)')
    .action(async (opts: { passwordStdin?: boolean; actor?: string }, cmd: Command) => {
      const password = opts.passwordStdin ? await rt.io.readStdin() : undefined;
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'demo add', async ({ db }) => {
        const r = await addDemo(db, { by: operatorPrincipal(actorName(rt, opts.actor)), password });
        const lines = [
          'デモを追加しました（値はすべて架空のサンプルです）:',
          `  地域未来戦略のサンプル実績値: ${r.nationalValues}件（出典「サンプル」）`,
          `  戦略: ${r.strategyId}（KPI ${r.kpis}件、団体コード 011002 札幌市）`,
          `  編集者: ${r.email}`,
          `  地域未来戦略の計画（サンプル）: A ${r.plans.A}・B ${r.plans.B}・C ${r.plans.C}（いずれも実行中。/plans で確認）`,
          `  進捗確認ラウンド（サンプル）: ${r.roundId}（受理・公表済み。地場産業成長プランは撤退基準に該当）`,
          `  国内投資マップのスナップショット（サンプル）: ${r.snapshots.join('、')}（/investment-map で比較）`,
          `  第2世代交付金の申請（サンプル、作成中）: ${r.grantApplicationId}（/grants/${r.grantApplicationId} で確認）`,
          r.generatedPassword ? `  パスワード: ${r.generatedPassword}（この一度だけ表示します）` : '  パスワード: 標準入力で渡したもの',
          `  2027年の値は期間が終わってから判定に入ります。すべて見るには評価基準日を ${r.asOf} に: /?as_of=${r.asOf}`,
          '  取り除くには: sousei demo remove',
        ];
        rt.io.stdout.write(`${lines.join('\n')}\n`);
      });
    });
  databaseCommand(demo.command('remove'))
    .description('デモで追加したものだけを削除する（監査ログに記録） / remove exactly what demo add added (audited)')
    .option('--actor <name>', 'who, for the audit trail (default: cli:<user>)')
    .action(async (opts: { actor?: string }, cmd: Command) => {
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'demo remove', async ({ db }) => {
        const r = await removeDemo(db, { by: operatorPrincipal(actorName(rt, opts.actor)) });
        rt.io.stdout.write(
          `デモを削除しました: サンプル実績値 ${r.nationalValues}件、戦略 ${r.strategy ? '1件' : 'なし'}、利用者 ${r.user ? '1人' : 'なし'}、計画 ${r.plans}件、ラウンド ${r.rounds}件、投資マップのスナップショット ${r.snapshots}件、交付金の申請 ${r.grantApplications}件（監査ログに記録しました）\n`,
        );
      });
    });
}
