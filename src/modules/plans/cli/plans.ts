import type { Command } from 'commander';
import { commandGroup } from '../../../infra/cli/command-group.ts';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import type { CliRuntime, GlobalOptions } from '../../../infra/cli/runtime.ts';
import { operatorPrincipal } from '../../auth/index.ts';
import { InputError } from '../../../shared/errors.ts';
import { PLAN_TYPE_LABELS, type PlanType } from '../domain/plan-types.ts';
import { STATUS_LABELS, type PlanStatus } from '../domain/workflow.ts';
import { getPlan } from '../use-cases/get-plan.ts';
import { listPlans } from '../use-cases/list-plans.ts';

/** `sousei plans list|show`: the plans as an operator sees them (every plan, published or not). */
export function registerPlans(program: Command, rt: CliRuntime) {
  const plans = commandGroup(program, 'plans', '地域未来戦略の計画（戦略産業クラスター計画・地域産業クラスター計画・地場産業成長プラン） / plans');
  databaseCommand(plans.command('list'))
    .description('計画の一覧（運用者には公表前の計画も） / list plans (operators see unpublished ones too)')
    .option('--type <type>', 'A | B | C')
    .option('--published', 'only nationally published plans')
    .action(async (opts: { type?: string; published?: boolean }, cmd: Command) => {
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'plans list', async ({ db }) => {
        const r = await listPlans(db, { type: opts.type as PlanType | undefined, scope: opts.published ? 'public' : 'mine', limit: 1000 }, operatorPrincipal('cli'));
        for (const p of r.plans)
          rt.io.stdout.write(
            `${p.id}\t${p.type} ${PLAN_TYPE_LABELS[p.type as PlanType]}\t${STATUS_LABELS[p.status as PlanStatus] ?? p.status}\t${p.owner_codes.join(',')}\t${p.title}\n`,
          );
        rt.io.stdout.write(`${r.total}件\n`);
      });
    });
  databaseCommand(plans.command('show'))
    .description('計画の全体を JSON で表示 / print a plan as JSON')
    .argument('<id>', 'plan id')
    .option('--version <n>', 'version (default: current)')
    .action(async (id: string, opts: { version?: string }, cmd: Command) => {
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'plans show', async ({ db }) => {
        const version = opts.version === undefined ? undefined : Number(opts.version);
        if (version !== undefined && !(Number.isInteger(version) && version >= 1))
          throw InputError.single({ column: '--version', code: 'invalid_version', reason: '版は1以上の整数で指定してください' });
        const r = await getPlan(db, id, operatorPrincipal('cli'), { version });
        rt.io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      });
    });
}
