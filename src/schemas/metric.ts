import * as z from 'zod';
import { SCOPE_LEVELS } from '../core/vocabulary.js';
import { evidenceOf } from './evidence.js';
import { PeriodSchema } from './dates.js';
import { InferencesSchema, NoteSchema } from './inference.js';
import { QuantitySchema } from './quantity.js';
import { IdSchema, ref } from './ref.js';
import { text, textOrNull } from './text.js';

/**
 * Where a quantity applies: the place it covers (a province, district or commune), or null for
 * the whole country. Published scopes also give the level, derived from the place.
 *
 * @example
 * ```ts
 * import { ScopeSchema } from 'mnd-mps-coordination/schemas';
 * ScopeSchema.parse({ place: 'quang-ninh' }).place; // 'quang-ninh'
 * ```
 * @category Schemas
 */
export const ScopeSchema = /* @__PURE__ */ z
  .strictObject({
    place: ref(
      'places',
      'Id of the province, district or commune covered; null for national scope.',
    ).nullable(),
  })
  .describe('The geographic scope of a quantity.');

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
    meeting: ref('meetings', 'Id of the meeting at which the quantity was reported.'),
    indicator: ref(
      'indicators',
      'Id of the indicator that makes the metric comparable across meetings.',
    ),
    quantity: QuantitySchema,
    unit: text("What one unit counts; equal to the indicator's unit."),
    counted: text('What was counted, in the words of the source.'),
    period: PeriodSchema.describe('The period the quantity covers.'),
    cumulative: z
      .boolean()
      .describe('True for a running total ("up to now"), false for a count within the period.'),
    scope: ScopeSchema,
    actors: z
      .array(ref('organizations', 'A body the source credits.'))
      .default([])
      .describe('Ids of the bodies the source credits, as stated.'),
    actorsAsReported: textOrNull('Who did it, in the words of the source ("the joint forces").'),
    group: IdSchema.nullable()
      .default(null)
      .describe('Shared by metrics written as one figure, such as "27 cases/197 vessels".'),
    evidence: evidenceOf('Evidence that states the quantity.'),
    inferences: InferencesSchema,
    note: NoteSchema,
  })
  .describe('A quantity reported at a meeting.');

/** A metric as published: its scope gives the level of its place. */
export const PublishedMetricSchema = /* @__PURE__ */ MetricSchema.extend({
  scope: ScopeSchema.extend({
    level: z
      .enum(SCOPE_LEVELS)
      .describe('national without a place, else the level of the place covered'),
  }),
});
