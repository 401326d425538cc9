import * as z from 'zod';
import { DATE_PRECISIONS, readEdtf } from '../lib/edtf.js';
import { BasisSchema, checkBasisSupport } from './basis.js';
import { EvidenceListSchema } from './evidence.js';

/**
 * How finely a date is known: `day`, `month`, `quarter`, `half` or `year`.
 *
 * @example
 * ```ts
 * import { DatePrecisionSchema } from 'mnd-mps-coordination/schemas';
 * DatePrecisionSchema.parse('quarter');
 * ```
 * @category Schemas
 */
export const DatePrecisionSchema = /* @__PURE__ */ z
  .enum(DATE_PRECISIONS)
  .describe('How finely the date is known.');

/**
 * A date precision; see {@link DatePrecisionSchema}.
 *
 * @example
 * ```ts
 * import type { DatePrecision } from 'mnd-mps-coordination/schemas';
 * const p: DatePrecision = 'year';
 * ```
 * @category Schemas
 */
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

const IsoDaySchema = /* @__PURE__ */ z.iso.date();

const commonDateFields = {
  precision: DatePrecisionSchema,
  basis: /* @__PURE__ */ BasisSchema.default('stated'),
  note: /* @__PURE__ */ z
    .string()
    .min(1)
    .optional()
    .describe('Why an inferred value was inferred, or where a curator-supplied one comes from.'),
  evidence: /* @__PURE__ */ EvidenceListSchema.default([]).describe(
    'Quotes that state the date or the parts of it that are stated.',
  ),
};

const SUBSET =
  'YYYY, YYYY-MM, YYYY-MM-DD, YYYY-33..36 (quarters), YYYY-40/41 (halves), optional ?/~/% suffix';

function checkDate(
  value: {
    edtf: string;
    precision: string;
    earliest: string | null;
    latest: string | null;
    basis: z.infer<typeof BasisSchema>;
    note?: string | undefined;
    evidence: readonly unknown[];
  },
  ctx: z.RefinementCtx,
  allowInterval: boolean,
): void {
  checkBasisSupport(value, ctx, { evidenceRequired: true });
  if (value.earliest !== null && value.latest !== null && value.earliest > value.latest) {
    ctx.addIssue({
      code: 'custom',
      path: ['latest'],
      message: `earliest (${value.earliest}) must not be after latest (${value.latest})`,
    });
  }
  const reading = readEdtf(value.edtf, { allowInterval });
  if (!reading.ok) {
    ctx.addIssue({ code: 'custom', path: ['edtf'], message: reading.reason });
    return;
  }
  const expected = reading.value;
  if (value.precision !== expected.precision) {
    ctx.addIssue({
      code: 'custom',
      path: ['precision'],
      message: `edtf "${value.edtf}" has precision "${expected.precision}", not "${value.precision}"`,
    });
  }
  if (value.earliest !== expected.earliest) {
    ctx.addIssue({
      code: 'custom',
      path: ['earliest'],
      message: `edtf "${value.edtf}" starts on ${expected.earliest ?? 'an open start (null)'}, not ${value.earliest ?? 'null'}`,
    });
  }
  if (value.latest !== expected.latest) {
    ctx.addIssue({
      code: 'custom',
      path: ['latest'],
      message: `edtf "${value.edtf}" ends on ${expected.latest ?? 'an open end (null)'}, not ${value.latest ?? 'null'}`,
    });
  }
}

/**
 * A date known to some precision, with bounds for sorting and filtering and its basis.
 *
 * @example
 * ```ts
 * import { FuzzyDateSchema } from 'mnd-mps-coordination/schemas';
 * FuzzyDateSchema.parse({
 *   edtf: '2018', precision: 'year', earliest: '2018-01-01', latest: '2018-12-31',
 *   basis: 'inferred', note: 'The article reviews the third quarter of "this year" and plans for 2019.',
 * });
 * ```
 * @category Schemas
 */
export const FuzzyDateSchema = /* @__PURE__ */ z
  .strictObject({
    edtf: z.string().describe(`EDTF: ${SUBSET}.`),
    earliest: IsoDaySchema.describe('First day covered (YYYY-MM-DD), derived from edtf.'),
    latest: IsoDaySchema.describe('Last day covered (YYYY-MM-DD), derived from edtf.'),
    ...commonDateFields,
  })
  .superRefine((value, ctx) => checkDate(value, ctx, false))
  .describe('A date with its precision, EDTF form, day bounds and basis.');

/**
 * A date known to some precision; see {@link FuzzyDateSchema}.
 *
 * @example
 * ```ts
 * import type { FuzzyDate } from 'mnd-mps-coordination/schemas';
 * const label = (d: FuzzyDate) => (d.basis === 'stated' ? d.edtf : `${d.edtf} (inferred)`);
 * ```
 * @category Schemas
 */
export type FuzzyDate = z.infer<typeof FuzzyDateSchema>;

/**
 * A span of time (a year under review, a half year, "up to now" as of a meeting): a
 * {@link FuzzyDateSchema} that may also be an EDTF interval with open ends.
 *
 * @example
 * ```ts
 * import { PeriodSchema } from 'mnd-mps-coordination/schemas';
 * PeriodSchema.parse({
 *   edtf: '../2025-01-15', precision: 'day', earliest: null, latest: '2025-01-15',
 *   basis: 'inferred', note: '"up to now" as of the meeting of 15 January 2025.',
 * });
 * ```
 * @category Schemas
 */
export const PeriodSchema = /* @__PURE__ */ z
  .strictObject({
    edtf: z
      .string()
      .describe(`EDTF: ${SUBSET}, or an interval A/B of those with .. for an open end.`),
    earliest: IsoDaySchema.nullable().describe(
      'First day covered (YYYY-MM-DD), derived from edtf; null for an open start.',
    ),
    latest: IsoDaySchema.nullable().describe(
      'Last day covered (YYYY-MM-DD), derived from edtf; null for an open end.',
    ),
    ...commonDateFields,
  })
  .superRefine((value, ctx) => checkDate(value, ctx, true))
  .describe(
    'A span of time with its precision, EDTF form (possibly an interval), day bounds and basis.',
  );

/**
 * A span of time; see {@link PeriodSchema}.
 *
 * @example
 * ```ts
 * import type { Period } from 'mnd-mps-coordination/schemas';
 * const isOpenStart = (p: Period) => p.earliest === null;
 * ```
 * @category Schemas
 */
export type Period = z.infer<typeof PeriodSchema>;
