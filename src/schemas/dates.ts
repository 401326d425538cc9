import * as z from 'zod';
import { EDTF_FORMS, readEdtf } from '../core/dates.js';
import { DATE_PRECISIONS } from '../core/vocabulary.js';
import { EvidenceListSchema } from './evidence.js';

const Day = /* @__PURE__ */ z.iso.date();
const Precision = /* @__PURE__ */ z.enum(DATE_PRECISIONS).describe('How finely the date is known.');
const evidence = () =>
  EvidenceListSchema.default([]).describe(
    'Evidence that states the date or the parts of it that are stated.',
  );

/**
 * Reports each derived field that a codec's input gives (as a record copied from the bundled
 * data does) and that differs from what is derived from `from` (`edtf "2024"`), which writes
 * a null as `none`.
 */
export function checkDerived<K extends string>(
  ctx: { readonly issues: z.core.$ZodRawIssue[] },
  given: Partial<Record<K, unknown>>,
  derived: Readonly<Record<K, unknown>>,
  from: string,
  none = 'null',
): void {
  for (const key of Object.keys(derived) as K[])
    if (given[key] !== undefined && given[key] !== derived[key])
      ctx.issues.push({
        code: 'custom',
        path: [key],
        input: given[key],
        message: `${key} is derived from ${from} (${derived[key] ?? none}); leave it out`,
      });
}

/**
 * A date or period schema: authors write `edtf` (and evidence); `precision`, `earliest` and
 * `latest` are derived from it. A derived field given in the input (as in a record copied from
 * the bundled data) must agree with what `edtf` says.
 */
function dateCodec<B extends z.ZodType<string | null, string | null>>(
  bound: B,
  allowInterval: boolean,
) {
  const derived = { precision: Precision, earliest: bound, latest: bound };
  const edtf = z
    .string()
    .describe(
      `EDTF: ${EDTF_FORMS}${allowInterval ? ', or an interval A/B of those with .. for an open end' : ''}.`,
    );
  return z.codec(
    z.strictObject({
      edtf,
      evidence: evidence(),
      precision: Precision.optional(),
      earliest: bound.optional(),
      latest: bound.optional(),
    }),
    z.strictObject({
      edtf,
      precision: derived.precision,
      earliest: derived.earliest.describe(
        `First day covered (YYYY-MM-DD), derived from edtf${allowInterval ? '; null for an open start' : ''}.`,
      ),
      latest: derived.latest.describe(
        `Last day covered (YYYY-MM-DD), derived from edtf${allowInterval ? '; null for an open end' : ''}.`,
      ),
      evidence: evidence(),
    }),
    {
      decode: ({ edtf, evidence, ...given }, ctx) => {
        const reading = readEdtf(edtf, allowInterval);
        if (typeof reading === 'string') {
          ctx.issues.push({ code: 'custom', path: ['edtf'], message: reading, input: edtf });
          return z.NEVER;
        }
        checkDerived(ctx, given, reading, `edtf "${edtf}"`, 'open');
        return {
          edtf,
          precision: reading.precision,
          earliest: reading.earliest as z.output<B>,
          latest: reading.latest as z.output<B>,
          evidence,
        };
      },
      encode: (output) => output as never,
    },
  );
}

/**
 * A date known to some precision: its EDTF form as authored, and the precision and the first
 * and last day it covers, derived from it.
 *
 * @example
 * ```ts
 * import { FuzzyDateSchema } from 'mnd-mps-coordination/schemas';
 * FuzzyDateSchema.parse({ edtf: '2018-35' }); // { edtf: '2018-35', precision: 'quarter', earliest: '2018-07-01', latest: '2018-09-30', evidence: [] }
 * ```
 * @category Schemas
 */
export const FuzzyDateSchema = /* @__PURE__ */ dateCodec(Day, false).describe(
  'A date with its EDTF form, precision, day bounds and evidence.',
);

/**
 * A span of time (a year under review, a half year, "up to now" as of a meeting): a
 * {@link FuzzyDateSchema} that may also be an EDTF interval with open ends.
 *
 * @example
 * ```ts
 * import { PeriodSchema } from 'mnd-mps-coordination/schemas';
 * PeriodSchema.parse({ edtf: '../2025-01-15' }).earliest; // null
 * ```
 * @category Schemas
 */
export const PeriodSchema = /* @__PURE__ */ dateCodec(Day.nullable(), true).describe(
  'A span of time with its EDTF form (possibly an interval), precision, day bounds and evidence.',
);
