/**
 * `sousei template <kind> [--format csv|xlsx] [--out FILE]`: an import's template
 * (src/shared/import-template.ts). Each module adds the templates of its own imports to the group.
 */
import type { Command } from 'commander';
import { TEMPLATE_FORMATS, templateFile, type ImportTemplate, type TemplateFormat } from '../../shared/import-template.ts';
import { commandGroup } from './command-group.ts';
import { UsageError } from './exit-codes.ts';
import { oneOf } from './options.ts';
import type { CliRuntime } from './runtime.ts';

export function registerTemplateCommand(program: Command, rt: CliRuntime, kind: string, template: ImportTemplate, what: string): void {
  commandGroup(program, 'template', '取り込み用テンプレート（CSV・Excel）を書き出す / write an import template')
    .command(kind)
    .description(`${what}の取り込み用テンプレート（記入例1行つき） / template for importing ${kind}`)
    .option('-f, --format <format>', 'csv (UTF-8 with BOM) | xlsx', 'csv')
    .option('-o, --out <file>', 'output file (required for xlsx; default: stdout)')
    .action(async (opts: { format: string; out?: string }) => {
      const format = oneOf('--format', opts.format, TEMPLATE_FORMATS as TemplateFormat[]);
      if (format === 'xlsx' && !opts.out) throw new UsageError('Excel 形式では --out でファイル名を指定してください');
      const f = await templateFile(template, format);
      if (opts.out) {
        await rt.io.writeFile(opts.out, f.bytes);
        rt.io.stderr.write(`テンプレートを書き出しました: ${opts.out}（記入例の行は消すか書き換えてから取り込んでください）\n`);
      } else rt.io.stdout.write(f.bytes);
    });
}
