import type { Command } from 'commander';
import { commandGroup } from '../../../infra/cli/command-group.ts';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { actorName, type CliRuntime, type GlobalOptions } from '../../../infra/cli/runtime.ts';
import { operatorPrincipal } from '../../auth/index.ts';
import { createOrganisation } from '../create-organisation.ts';
import { ORG_KIND_LABELS, STORED_KINDS, type OrgKind } from '../domain/organisation-kinds.ts';
import { listOrganisations } from '../repository.ts';
import { addMember } from '../add-member.ts';

/** `sousei orgs list|add`: the secretariat, ministries, bureaus, reviewers' bodies and companies. */
export function registerOrgs(program: Command, rt: CliRuntime) {
  const orgs = commandGroup(program, 'orgs', '組織（府省・地方支分部局・審査組織・企業） / organisations');
  databaseCommand(orgs.command('list'))
    .description('組織の一覧 / list organisations')
    .option('--kind <kind>', STORED_KINDS.join(' | '))
    .action(async (opts: { kind?: string }, cmd: Command) => {
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'orgs list', async ({ db }) => {
        for (const o of await listOrganisations(db, opts.kind as OrgKind | undefined)) {
          rt.io.stdout.write(`${o.id}\t${ORG_KIND_LABELS[o.kind]}\t${o.name}\t${o.corporateNumber ?? ''}\n`);
        }
      });
    });
  databaseCommand(orgs.command('add'))
    .description('組織を登録 / register an organisation (a company by its 法人番号)')
    .requiredOption('--kind <kind>', STORED_KINDS.join(' | '))
    .requiredOption('--name <name>', '名称')
    .option('--id <id>', 'id (not for companies: their 法人番号 is the id)')
    .option('--corporate-number <n>', '法人番号 (13 digits)')
    .option('--parent <id>', 'parent organisation (a bureau’s ministry)')
    .option('--prefs <codes>', 'prefecture codes served, comma-separated (bureaus)')
    .option('--address <text>', 'address')
    .option('--actor <name>', 'who, for the audit trail')
    .action(
      async (opts: { kind: string; name: string; id?: string; corporateNumber?: string; parent?: string; prefs?: string; address?: string; actor?: string }, cmd: Command) => {
        await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'orgs add', async ({ db }) => {
          const o = await createOrganisation(
            db,
            {
              kind: opts.kind as OrgKind,
              name: opts.name,
              id: opts.id,
              corporate_number: opts.corporateNumber,
              parent_id: opts.parent,
              pref_codes: opts.prefs?.split(',').map((s) => s.trim()),
              address: opts.address,
            },
            operatorPrincipal(actorName(rt, opts.actor)),
          );
          rt.io.stdout.write(`組織を登録しました: ${o.id} ${o.name}\n`);
        });
      },
    );
  databaseCommand(orgs.command('add-member'))
    .description('利用者を組織の職員にする（府省・地方支分部局・審査組織・企業） / make a user staff of an organisation')
    .requiredOption('--org <id>', 'organisation id (see: sousei orgs list)')
    .requiredOption('--email <email>', 'the user (see: sousei users list)')
    .option('--actor <name>', 'who, for the audit trail')
    .action(async (opts: { org: string; email: string; actor?: string }, cmd: Command) => {
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'orgs add-member', async ({ db }) => {
        const r = await addMember(db, { orgId: opts.org, email: opts.email }, operatorPrincipal(actorName(rt, opts.actor)));
        rt.io.stdout.write(`組織「${r.orgId}」の職員として登録しました\n`);
      });
    });
}
