/**
 * OpenAPI schemas of the statistics routes (documentation of the responses), the shared path and
 * query parameters, and the indicator as the API shows it.
 */
import { z } from '@hono/zod-openapi';
import { idParam } from '../../../infra/http/params.ts';
import type { IndicatorInfo } from '../read/catalog.ts';
import { VALUE_FLAGS, type ValueFlag } from '../schema.ts';

export const LevelEnum = z.enum(['nation', 'prefecture', 'municipality', 'ward']);
export const MapLevelEnum = z
  .enum(['prefecture', 'municipality', 'ward'])
  .openapi({ description: 'prefecture 都道府県 / municipality 市区町村（政令指定都市は1団体） / ward 政令指定都市の区' });
export const Attribution = z
  .array(z.string())
  .openapi({ description: '出典（表示するときに添える）', example: ['出典：総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成'] });
export const FlagSchema = z
  .enum(Object.keys(VALUE_FLAGS) as [ValueFlag, ...ValueFlag[]])
  .nullable()
  .openapi({
    description: Object.entries(VALUE_FLAGS)
      .map(([k, v]) => `${k} ${v}`)
      .join(' / '),
  });

export const IndicatorSummarySchema = z
  .object({
    code: z.string().openapi({ example: 'ageing_rate' }),
    name: z.string().openapi({ example: '高齢化率' }),
    name_en: z.string().nullable(),
    unit: z.string().openapi({ example: '%' }),
    category: z.string(),
    category_label: z.string(),
    source: z.string(),
    licence: z.string(),
    frequency: z.string().nullable(),
    notes: z.string().nullable(),
  })
  .openapi('IndicatorSummary');

export const IndicatorSchema = IndicatorSummarySchema.extend({
  levels: z.array(LevelEnum).openapi({ description: 'levels with values at the latest period' }),
  periods: z.array(z.string()).openapi({ description: 'canonical period labels, ascending', example: ['2021', '2022'] }),
  latest_period: z.string().nullable(),
}).openapi('Indicator');

export const StatsSchema = z
  .object({ min: z.number().nullable(), max: z.number().nullable(), mean: z.number().nullable(), median: z.number().nullable(), count: z.number().int() })
  .openapi('ValueStats');

const MapValueSchema = z.object({
  code: z.string(),
  name: z.string(),
  pref_code: z.string().nullable(),
  pref_name: z.string().nullable(),
  value: z.number().nullable(),
  flag: FlagSchema,
});

export const MapSchema = z
  .object({
    indicator: IndicatorSchema,
    level: MapLevelEnum,
    period: z.string(),
    pref_code: z.string().nullable(),
    values: z.array(MapValueSchema),
    stats: StatsSchema,
    attribution: Attribution,
  })
  .openapi('IndicatorMap');

export const RankingSchema = z
  .object({
    indicator: IndicatorSchema,
    level: MapLevelEnum,
    period: z.string(),
    pref_code: z.string().nullable(),
    order: z.enum(['desc', 'asc']),
    rows: z.array(
      z.object({ rank: z.number().int().nullable(), code: z.string(), name: z.string(), pref_name: z.string().nullable(), value: z.number().nullable(), flag: FlagSchema }),
    ),
    attribution: Attribution,
  })
  .openapi('IndicatorRanking');

export const SeriesSchema = z
  .object({
    series: z.array(
      z.object({
        indicator: z.string(),
        indicator_name: z.string(),
        unit: z.string(),
        area: z.string(),
        area_name: z.string(),
        points: z.array(z.object({ period: z.string(), value: z.number().nullable(), flag: FlagSchema })),
        breaks: z
          .array(z.object({ period: z.string(), label: z.string(), note: z.string() }))
          .openapi({ description: '系列の断層: the definition changed at `period` (the step from the period before is not a real change), e.g. 2013 外国人住民を含む' }),
      }),
    ),
    attribution: Attribution,
  })
  .openapi('IndicatorSeries');

const ScatterAxis = z.object({ indicator: z.string(), name: z.string(), unit: z.string(), period: z.string() });
export const ScatterSchema = z
  .object({
    x: ScatterAxis,
    y: ScatterAxis,
    level: MapLevelEnum,
    pref_code: z.string().nullable(),
    points: z.array(z.object({ code: z.string(), name: z.string(), pref_name: z.string().nullable(), x: z.number(), y: z.number() })),
    correlation: z.number().nullable().openapi({ description: 'Pearson r; null with fewer than 3 points' }),
    attribution: Attribution,
  })
  .openapi('IndicatorScatter');

export const AreaRefSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: LevelEnum,
  type: z.string(),
  pref_code: z.string().nullable(),
  pref_name: z.string().nullable(),
  parent_code: z.string().nullable(),
});

export const ProfileSchema = z
  .object({
    area: AreaRefSchema,
    population: z.object({
      series: z.array(
        z.object({ period: z.string(), total: z.number().nullable(), age_0_14: z.number().nullable(), age_15_64: z.number().nullable(), age_65_plus: z.number().nullable() }),
      ),
      latest: z
        .object({
          period: z.string(),
          total: z.number().nullable(),
          households: z.number().nullable(),
          male: z.number().nullable(),
          female: z.number().nullable(),
          ageing_rate: z.number().nullable(),
        })
        .nullable(),
    }),
    pyramid: z
      .object({ period: z.string(), source: z.string(), groups: z.array(z.object({ age_group: z.string(), male: z.number().nullable(), female: z.number().nullable() })) })
      .nullable(),
    indicators: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        name_en: z.string().nullable(),
        unit: z.string(),
        period: z.string(),
        value: z.number().nullable(),
        prefecture: z.number().nullable(),
        nation: z.number().nullable(),
      }),
    ),
    omitted_indicators: z
      .array(z.object({ code: z.string(), name: z.string(), name_en: z.string().nullable(), period: z.string() }))
      .openapi({ description: 'indicators whose latest value ends more than 5 years before the area’s newest value: left out of `indicators`' }),
    attribution: Attribution,
  })
  .openapi('AreaProfile');

export const SimilarSchema = z
  .object({
    method: z.object({ code: z.literal('population_structure'), label: z.string(), description: z.string() }),
    area: z
      .object({
        code: z.string(),
        name: z.string(),
        type: z.string(),
        pref_name: z.string().nullable(),
        population: z.number(),
        ageing_rate: z.number(),
        population_change_5y: z.number(),
      })
      .passthrough(),
    group: z.object({
      label: z.string(),
      type: z.string(),
      band: z.object({ code: z.string(), label: z.string(), min: z.number(), max: z.number().nullable() }),
      size: z.number().int(),
      period: z.string(),
      past_period: z.string(),
    }),
    comparators: z.array(
      z
        .object({
          code: z.string(),
          name: z.string(),
          pref_name: z.string().nullable(),
          type: z.string(),
          population: z.number(),
          ageing_rate: z.number(),
          population_change_5y: z.number(),
          score: z.number(),
          distance: z.number(),
          same_band: z.boolean(),
        })
        .passthrough(),
    ),
    attribution: Attribution,
  })
  .openapi('SimilarMunicipalities');

export const codeParam = z.object({ code: idParam('code', 'ageing_rate') });
export const areaParam = z.object({ code: idParam('code', '011002', '団体コード（6桁、または検査数字を除いた5桁）') });
export const prefQuery = z
  .string()
  .regex(/^\d{2}$/)
  .optional()
  .openapi({ description: '都道府県コード（2桁）で絞り込む', example: '01' });

export function indicatorSummary(i: IndicatorInfo) {
  return {
    code: i.code,
    name: i.name,
    name_en: i.name_en,
    unit: i.unit,
    category: i.category,
    category_label: i.category_label,
    source: i.source,
    licence: i.licence,
    frequency: i.frequency,
    notes: i.notes,
  };
}

export function indicatorJson(i: IndicatorInfo) {
  return { ...indicatorSummary(i), levels: i.levels, periods: i.periods, latest_period: i.latest_period };
}
