/**
 * docs/grant-application.schema.json: the JSON Schema of the 第2世代交付金 application format,
 * generated from the zod schema (src/modules/grants/domain/application-content.ts) with zod's
 * z.toJSONSchema on the input side — what a file may contain: amounts as numbers or as text
 * (「1億2,000万」), defaults optional. `npx tsx scripts/grant-application-schema.ts` writes it;
 * test/grant-application-schema.test.ts fails when the checked-in file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ApplicationContent } from '../src/modules/grants/index.ts';

export const SCHEMA_FILE = join(import.meta.dirname, '..', 'docs', 'grant-application.schema.json');

/** What each field means (the zod schema is the source of the rules; these are the words beside them). */
const APPLICATION_FIELDS: Record<string, string> = {
  format: '形式の名前（省略可）',
  applicant_code: '申請団体の全国地方公共団体コード（6桁、検査数字つき。5桁は検査数字を補う）。都道府県は PP000C',
  applicant_kind: '中枢中核都市として申請する場合に "core_city"。省略時は団体コードから決まる（README "Rule checks"）',
  fiscal_year: '申請の年度（西暦の年度: 2026 = 令和8年度）。1団体1年度1申請',
  title: '申請の名称',
  vision: '目指す将来像（評価基準1）',
  issues: '課題の設定（評価基準1）',
  participants: '地域の多様な主体の参画（産官学金労言、検討・実施・検証の各段階）',
  projects: '事業（ソフト事業・拠点整備事業・インフラ整備事業）',
};

const PROJECT_FIELDS: Record<string, string> = {
  id: '事業ID（申請の中で一意。英数字・ハイフン・下線）',
  kind: 'soft = ソフト事業、kyoten = 拠点整備事業、infra = インフラ整備事業',
  name: '事業名',
  summary: '事業の概要',
  is_new: '新規事業（通常の申請上限件数10件に数える）なら true、継続事業なら false',
  outside_cap_reason: '通常の申請上限件数の枠外（2件まで）とする場合、一定の条件を満たす理由',
  start_fy: '事業計画期間の開始年度（西暦の年度）',
  end_fy: '事業計画期間の終了年度（西暦の年度、開始年度以降）',
  costs: '年度ごとの対象事業費（事業計画期間内の年度、年度の重複なし）。国費 = floor(対象事業費 × 補助率)',
  rate: 'インフラ整備事業: 各省庁の交付要綱による補助率（0より大きく1以下）。省略時は1/2',
  rate_basis: 'インフラ整備事業: 補助率が1/2でない場合の根拠（交付要綱の名称）',
  ministry: 'インフラ整備事業: 交付要綱を所管する省庁',
  kpis: '事業が基づく地方版総合戦略のKPI（申請団体の戦略ID と KPI ID。1つ以上）',
  self_reliance: '自立性: 交付金なしで事業を続ける見通し（評価基準3）',
};

type JsonSchemaObject = { properties?: Record<string, Record<string, unknown>>; items?: JsonSchemaObject };

function describeFields(schema: JsonSchemaObject, words: Record<string, string>): void {
  for (const [name, text] of Object.entries(words)) {
    const field = schema.properties?.[name];
    if (field) field.description = text;
  }
}

export function applicationJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ApplicationContent, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchemaObject & Record<string, unknown>;
  describeFields(schema, APPLICATION_FIELDS);
  const project = schema.properties?.projects?.items as JsonSchemaObject | undefined;
  if (project) describeFields(project, PROJECT_FIELDS);
  const cost = (project?.properties?.costs?.items ?? {}) as JsonSchemaObject;
  describeFields(cost, { fiscal_year: '年度（西暦の年度）', eligible_cost: '対象事業費（円）: 整数、または「1億2,000万」「３億円」「70万」のような文字列。0円以上' });
  return {
    ...schema,
    $id: 'https://sousei.example/schemas/grant-application.schema.json',
    title: '第2世代交付金 申請（Sousei application format sousei-grant-application/1）',
    description:
      '新しい地方経済・生活環境創生交付金の申請: 申請団体（団体コード）、年度、事業（ソフト事業・拠点整備事業・インフラ整備事業）ごとの事業計画期間・年度別の対象事業費・KPI。金額は円の整数、または「1億2,000万」「３億円」のような文字列。See src/modules/grants/README.md "Application format".',
  };
}

export const schemaText = (): string => `${JSON.stringify(applicationJsonSchema(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, schemaText());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
