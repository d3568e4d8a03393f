import type { Command } from 'commander';
import { commandGroup } from '../../../infra/cli/command-group.ts';
import { oneOf } from '../../../infra/cli/options.ts';
import type { CliRuntime } from '../../../infra/cli/runtime.ts';
import { UsageError } from '../../../infra/cli/exit-codes.ts';
import { PROGRAM_LABELS, type RuleProgram, SOURCE_KIND_LABELS } from '../domain/rule-parameter.ts';
import { listRuleParameters } from '../domain/rulebook.ts';
import { isDay } from '../domain/rules-in-force.ts';
import { ruleParameterJson } from '../http.ts';

const PROGRAMS = Object.keys(PROGRAM_LABELS) as RuleProgram[];

/** `sousei rules list`: the parameters the calculators and the grant checks use, with their sources. */
export function registerRules(program: Command, rt: CliRuntime) {
  const rules = commandGroup(program, 'rules', '制度の規定値と根拠 / rule parameters');
  rules
    .command('list')
    .description('規定値の一覧（根拠・適用期間つき） / list rule parameters with sources and effective periods')
    .option('--program <p>', PROGRAMS.join(' | '))
    .option('--as-of <date>', 'only those in force on this day (YYYY-MM-DD)')
    .option('--format <f>', 'text | json', 'text')
    .action((opts: { program?: string; asOf?: string; format: string }) => {
      const format = oneOf('--format', opts.format, ['text', 'json'] as const);
      const programFilter = opts.program === undefined ? undefined : oneOf('--program', opts.program, PROGRAMS);
      if (opts.asOf !== undefined && !isDay(opts.asOf)) throw new UsageError(`--as-of は YYYY-MM-DD の日付です: ${opts.asOf}`);
      const list = listRuleParameters({ program: programFilter, asOf: opts.asOf });
      if (format === 'json') {
        rt.io.stdout.write(`${JSON.stringify({ parameters: list.map(ruleParameterJson) }, null, 2)}\n`);
        return;
      }
      for (const p of list) {
        const where = p.source.lines ? `L${p.source.lines}` : (p.source.url ?? '');
        const value = Array.isArray(p.value) ? `${p.value.length}件` : String(p.value);
        rt.io.stdout.write(`${p.id}\t${value}\t${p.effectiveFrom}〜${p.effectiveTo ?? ''}\t${SOURCE_KIND_LABELS[p.source.kind]} ${where}\t${p.label}\n`);
      }
    });
}
