import * as z from 'zod';
import { SCOPE_LEVELS } from '../lib/vocabulary.js';
import { BasisSchema, checkBasisSupport, InferenceListSchema } from './basis.js';
import { EvidenceListSchema } from './evidence.js';
import { PeriodSchema } from './fuzzy-date.js';
import { IdSchema } from './id.js';
import { QuantitySchema } from './quantity.js';

/**
 * Where a quantity applies: the whole country, or a named province, district or commune.
 *
 * @example
 * ```ts
 * import { ScopeSchema } from 'mnd-mps-coordination/schemas';
 * ScopeSchema.parse({ level: 'province', area: 'Quang Ninh', basis: 'stated' });
 * ```
 * @category Schemas
 */
export const ScopeSchema = /* @__PURE__ */ z
  .strictObject({
    level: z.enum(SCOPE_LEVELS).describe('The geographic level the quantity covers.'),
    area: z
      .string()
      .min(1)
      .nullable()
      .describe('The named area ("Quang Ninh"); null for national scope.'),
    basis: BasisSchema.default('stated'),
    note: z.string().min(1).optional().describe('Reasoning for an inferred scope.'),
  })
  .superRefine((scope, ctx) => {
    checkBasisSupport(scope, ctx, { evidenceRequired: false });
    if (scope.level === 'national' && scope.area !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['area'],
        message: 'a national scope has no area: area must be null',
      });
    }
    if (scope.level !== 'national' && scope.area === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['area'],
        message: `a ${scope.level} scope needs the area it covers`,
      });
    }
  })
  .describe('The geographic scope of a quantity.');

/**
 * A geographic scope; see {@link ScopeSchema}.
 *
 * @example
 * ```ts
 * import type { Scope } from 'mnd-mps-coordination/schemas';
 * const where = (s: Scope) => s.area ?? 'nationwide';
 * ```
 * @category Schemas
 */
export type Scope = z.infer<typeof ScopeSchema>;

/**
 * A quantity reported at a meeting: what was counted, how many, over which period, where, by
 * whom, with its indicator for comparison across meetings.
 *
 * @example
 * ```ts
 * import { MetricSchema } from 'mnd-mps-coordination/schemas';
 * Object.keys(MetricSchema.shape).includes('quantity'); // true
 * ```
 * @category Schemas
 */
export const MetricSchema = /* @__PURE__ */ z
  .strictObject({
    id: IdSchema,
    meeting: IdSchema.describe('Id of the meeting at which the quantity was reported.'),
    indicator: IdSchema.describe(
      'Id of the indicator that makes the metric comparable across meetings.',
    ),
    quantity: QuantitySchema,
    unit: z.string().min(1).describe("What one unit counts; equal to the indicator's unit."),
    counted: z.string().min(1).describe('What was counted, in the words of the source.'),
    period: PeriodSchema.describe('The period the quantity covers.'),
    cumulative: z
      .boolean()
      .describe('True for a running total ("up to now"), false for a count within the period.'),
    scope: ScopeSchema,
    actors: z
      .array(IdSchema)
      .default([])
      .describe('Ids of the bodies the source credits, as stated.'),
    actorsAsReported: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe('Who did it, in the words of the source ("the joint forces").'),
    group: IdSchema.nullable()
      .default(null)
      .describe('Shared by metrics written as one figure, such as "27 cases/197 vessels".'),
    evidence: EvidenceListSchema.min(1).describe('Quotes that state the quantity.'),
    inferences: InferenceListSchema,
    note: z.string().min(1).optional().describe('Curator remarks.'),
  })
  .describe('A quantity reported at a meeting.');

/**
 * A metric; see {@link MetricSchema}.
 *
 * @example
 * ```ts
 * import type { Metric } from 'mnd-mps-coordination/schemas';
 * const show = (m: Metric) => `${m.quantity.asReported} ${m.counted}`;
 * ```
 * @category Schemas
 */
export type Metric = z.infer<typeof MetricSchema>;
