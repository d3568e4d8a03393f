/**
 * `sousei strategy extract FILE [--format json|text]`: a strategy document (PDF, .docx, text) →
 * the draft KPI catalog, printed; nothing is stored. `strategy` is an alias of the KPI module's
 * `strategies` group, so the spelling and the existing one both work.
 */
import type { Command } from 'commander';
import { commandGroup } from '../../../infra/cli/command-group.ts';
import { oneOf } from '../../../infra/cli/options.ts';
import type { CliRuntime } from '../../../infra/cli/runtime.ts';
import { extractStrategyDraft } from '../use-cases/extract-draft.ts';
import { draftText } from './draft-text.ts';

export function registerStrategyExtract(program: Command, rt: CliRuntime) {
  const group = commandGroup(program, 'strategies', '戦略 / strategies');
  if (!group.aliases().includes('strategy')) group.alias('strategy');
  group
    .command('extract <file>')
    .description('戦略の文書（PDF・Word・テキスト）から KPI の下書きを抽出する / extract a draft KPI catalog from a strategy document')
    .option('-f, --format <format>', 'json (the JSON interchange format, with source page/line per KPI) | text (a table)', 'json')
    .option('--name <name>', 'name of the draft strategy (default: the file name)')
    .option('--with-lines', "json: include the document's lines (for reviewing side by side)")
    .action(async (file: string, opts: { format: string; name?: string; withLines?: boolean }) => {
      const format = oneOf('--format', opts.format, ['json', 'text'] as const);
      const bytes = await rt.io.readFile(file);
      const { document, draft } = await extractStrategyDraft(bytes, file, { name: opts.name });
      if (format === 'text') {
        rt.io.stdout.write(draftText(draft, document));
        return;
      }
      const out = opts.withLines ? { ...draft, document: { format: document.format, pages: document.pages, lines: document.lines } } : draft;
      rt.io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    });
}
