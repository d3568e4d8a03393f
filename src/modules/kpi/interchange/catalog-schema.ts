/**
 * The JSON interchange format's shape (zod). Values may be numbers or Japanese number strings
 * ("15兆", "７３％"); periods may be "2017", "FY2017", "2017年度", "2018-08", … — both are parsed
 * afterwards so that each bad value gets its own located error. Extra fields are kept.
 */
import { z } from 'zod';
import { NODE_LEVELS } from '../domain/catalog.ts';

const numberish = z.union([z.number(), z.string()]);
const periodish = z.union([z.string(), z.number()]);
const optText = z.string().nullish();

export const observationSchema = z.looseObject({
  period: periodish,
  value: numberish.nullable(),
  flag: optText,
  source: optText,
  note: optText,
});

export const targetSchema = z.looseObject({
  value: numberish.nullable(),
  period: periodish.nullish(),
  text: optText,
  set_in: z.union([z.string(), z.number()]).nullish(),
  relative_to: optText,
});

const kpiFields = {
  id: z.string().min(1),
  node: z.string().min(1).optional(),
  name: z.string().min(1),
  unit: z.string().nullish(),
  direction: z.string(),
  baseline: z.looseObject({ value: numberish, period: periodish }).nullish(),
  /** absent = [] (a composite parent usually has none of its own) */
  targets: z.array(targetSchema).optional(),
  target_text: optText,
  is_new: z.boolean().optional(),
  observations: z.array(observationSchema).optional(),
};

/** A component may leave out node and direction: it inherits its parent's. */
export const componentSchema = z.looseObject({ ...kpiFields, direction: z.string().optional() });
export const kpiSchema = z.looseObject({ ...kpiFields, node: z.string().min(1), components: z.array(componentSchema).optional() });

export const nodeSchema = z.looseObject({
  id: z.string().min(1),
  parent: z.string().min(1).nullable(),
  level: z.enum(NODE_LEVELS as [string, ...string[]]),
  name: z.string().min(1),
});

export const catalogSchema = z.looseObject({
  strategy: z.looseObject({
    id: z
      .string()
      .min(1)
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'ASCII letters, digits, . _ - only'),
    name: z.string().min(1),
  }),
  nodes: z.array(nodeSchema),
  kpis: z.array(kpiSchema),
});

export type CatalogDocument = z.infer<typeof catalogSchema>;
export type KpiDocument = z.infer<typeof kpiSchema>;
export type ComponentDocument = z.infer<typeof componentSchema>;
export type TargetDocument = z.infer<typeof targetSchema>;
export type ObservationDocument = z.infer<typeof observationSchema>;
