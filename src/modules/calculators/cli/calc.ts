/**
 * `sousei calc kigyo-furusato | kigyo-furusato-what-if | pro-jinzai`: the calculators without a
 * database. Options are read into the REST body and parsed by the same schemas, so a bad value has
 * the same reason as in the API, located at the option (--donation) instead of the JSON field.
 */
import type { Command } from 'commander';
import type { z } from '@hono/zod-openapi';
import { commandGroup } from '../../../infra/cli/command-group.ts';
import { UsageError } from '../../../infra/cli/exit-codes.ts';
import { asOfOption, oneOf } from '../../../infra/cli/options.ts';
import type { CliRuntime } from '../../../infra/cli/runtime.ts';
import { InputError } from '../../../shared/errors.ts';
import { formatDay } from '../../../shared/periods.ts';
import { calculateKigyoFurusato } from '../domain/kigyo-furusato.ts';
import { calculateProJinzai } from '../domain/pro-jinzai.ts';
import { whatIfKigyoFurusato } from '../domain/what-if.ts';
import { bodyIssues } from '../http.ts';
import { KigyoFurusatoBody, ProJinzaiBody, WhatIfBody } from '../inputs.ts';
import { whatIfToXlsx } from '../interchange/what-if-xlsx.ts';
import { kigyoFurusatoText, proJinzaiText, whatIfText } from './calc-text.ts';

/** JSON field → the option that sets it. */
const OPTION_OF: Readonly<Record<string, string>> = {
  donation: '--donation',
  juminzei_hojinzeiwari: '--juminzei-hojinzeiwari',
  hojinzei: '--hojinzei',
  jigyozei: '--jigyozei',
  effective_tax_rate: '--effective-tax-rate',
  as_of: '--as-of',
  'eligibility.recipient_code': '--recipient',
  'eligibility.head_office_code': '--head-office',
  'eligibility.certified_project': '--certified-project',
  'eligibility.blue_return': '--blue-return',
  'eligibility.economic_return': '--economic-return',
  cost: '--cost',
  'costs.fee': '--fee',
  'costs.travel': '--travel',
  'costs.referral_fee': '--referral-fee',
  rate: '--rate',
};
const optionOf = (column: string | undefined) =>
  column ? (OPTION_OF[column] ?? OPTION_OF[column.replace(/\[\d+\]$/, '')] ?? column.replace(/^donations(\[\d+\])$/, '--donation$1')) : column;

/** Parse with a body schema; issues (from it or from the calculation) named by option. */
function located<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.issues.map((i) => ({ ...i, column: optionOf(i.column) })));
    throw e;
  }
}
function parse<S extends z.ZodType>(schema: S, raw: Record<string, unknown>): z.output<S> {
  const r = schema.safeParse(raw);
  if (!r.success) throw new InputError(bodyIssues(r.error).map((i) => ({ ...i, column: optionOf(i.column) })));
  return r.data;
}

/** A number option as a number (so the schema's range check speaks), anything else as typed. */
const num = (s: string | undefined) => (s === undefined ? undefined : /^\s*-?\d+(\.\d+)?\s*$/.test(s) ? Number(s) : s);
const yesNo = (option: string, s: string | undefined) => (s === undefined ? undefined : oneOf(option, s, ['yes', 'no'] as const) === 'yes');
const day = (s: string | undefined) => formatDay(asOfOption(s));
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

interface CompanyOptions {
  juminzeiHojinzeiwari?: string;
  hojinzei?: string;
  jigyozei?: string;
  effectiveTaxRate?: string;
  asOf?: string;
  recipient?: string;
  headOffice?: string;
  certifiedProject?: string;
  blueReturn?: string;
  economicReturn?: string;
}

function companyBody(o: CompanyOptions) {
  const eligibility = defined({
    recipient_code: o.recipient,
    head_office_code: o.headOffice,
    certified_project: yesNo('--certified-project', o.certifiedProject),
    blue_return: yesNo('--blue-return', o.blueReturn),
    economic_return: yesNo('--economic-return', o.economicReturn),
  });
  return defined({
    juminzei_hojinzeiwari: o.juminzeiHojinzeiwari,
    hojinzei: o.hojinzei,
    jigyozei: o.jigyozei,
    effective_tax_rate: num(o.effectiveTaxRate),
    as_of: day(o.asOf),
    eligibility: Object.keys(eligibility).length > 0 ? eligibility : undefined,
  });
}

function companyOptions(cmd: Command): Command {
  return cmd
    .option('--juminzei-hojinzeiwari <amount>', '法人住民税法人税割額（例: 5000万）')
    .option('--hojinzei <amount>', '法人税額（例: 3億）')
    .option('--jigyozei <amount>', '法人事業税額（例: 5000万）')
    .option('--effective-tax-rate <rate>', '実効税率 0〜1（既定 0.3）')
    .option('--as-of <date>', '評価日 = 寄附日（YYYY-MM-DD、令和8年12月1日…; 既定: 今日）')
    .option('--recipient <code>', '寄附先の団体コード')
    .option('--head-office <code>', '本社所在地の市区町村の団体コード')
    .option('--certified-project <yes|no>', '国が認定した地域再生計画の事業か')
    .option('--blue-return <yes|no>', '青色申告法人か')
    .option('--economic-return <yes|no>', '寄附の代償として経済的利益を受けるか');
}

const collect = (v: string, all: string[] = []) => [...all, v];
const write = (rt: CliRuntime, value: unknown) => rt.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

export function registerCalc(program: Command, rt: CliRuntime) {
  const calc = commandGroup(program, 'calc', '制度の計算（企業版ふるさと納税、プロ人材） / grant and tax calculators');
  companyOptions(calc.command('kigyo-furusato').description('企業版ふるさと納税: 税額控除・軽減効果・実質負担 / tax credits and net burden'))
    .option('--donation <amount>', '寄附額（例: 1000万）')
    .option('-f, --format <format>', 'text | json', 'text')
    .action((opts: CompanyOptions & { donation?: string; format: string }) => {
      const format = oneOf('--format', opts.format, ['text', 'json'] as const);
      const body = parse(KigyoFurusatoBody, { ...companyBody(opts), ...defined({ donation: opts.donation }) });
      const r = located(() => calculateKigyoFurusato({ ...body, as_of: body.as_of! }));
      if (format === 'json') write(rt, r);
      else rt.io.stdout.write(kigyoFurusatoText(r, body.donation));
    });
  companyOptions(calc.command('kigyo-furusato-what-if').description('企業版ふるさと納税: 寄附額別の実質負担（Excel可） / net burden by donation size'))
    .option('--donation <amount>', '試算する寄附額（繰り返し指定; 既定: 10万〜10億の一覧）', collect)
    .option('-f, --format <format>', 'text | json | xlsx（--out が .xlsx なら xlsx）')
    .option('-o, --out <file>', '書き出すファイル（xlsx では必須）')
    .action(async (opts: CompanyOptions & { donation?: string[]; format?: string; out?: string }) => {
      const format = oneOf('--format', opts.format ?? (opts.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'text'), ['text', 'json', 'xlsx'] as const);
      if (format === 'xlsx' && !opts.out) throw new UsageError('Excel 形式では --out でファイル名を指定してください');
      const body = parse(WhatIfBody, { ...companyBody(opts), ...defined({ donations: opts.donation }) });
      const w = located(() => whatIfKigyoFurusato({ ...body, as_of: body.as_of! }));
      const out = format === 'xlsx' ? await whatIfToXlsx(w) : format === 'json' ? `${JSON.stringify(w, null, 2)}\n` : whatIfText(w);
      if (opts.out) await rt.io.writeFile(opts.out, out);
      else rt.io.stdout.write(out);
    });
  calc
    .command('pro-jinzai')
    .description('プロ人材 副業・兼業人材活用の補助額（1件） / the side-job professional subsidy for one case')
    .option('--cost <amount>', '対象費用の合計（例: 70万）')
    .option('--fee <amount>', '副業・兼業人材へ支払う報酬')
    .option('--travel <amount>', '副業・兼業人材へ支払う移動費')
    .option('--referral-fee <amount>', '人材事業者へ支払う紹介手数料')
    .option('--rate <rate>', '補助率（0〜0.8、既定 0.8）')
    .option('--as-of <date>', '評価日（既定: 今日）')
    .option('-f, --format <format>', 'text | json', 'text')
    .action((opts: { cost?: string; fee?: string; travel?: string; referralFee?: string; rate?: string; asOf?: string; format: string }) => {
      const format = oneOf('--format', opts.format, ['text', 'json'] as const);
      const costs = defined({ fee: opts.fee, travel: opts.travel, referral_fee: opts.referralFee });
      const body = parse(ProJinzaiBody, defined({ cost: opts.cost, costs: Object.keys(costs).length > 0 ? costs : undefined, rate: num(opts.rate), as_of: day(opts.asOf) }));
      const r = located(() => calculateProJinzai({ ...body, as_of: body.as_of! }));
      if (format === 'json') write(rt, r);
      else rt.io.stdout.write(proJinzaiText(r));
    });
}
