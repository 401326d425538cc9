import * as z from 'zod';
import { codePointLength } from '../lib/code-points.js';
import { IdSchema } from './id.js';

/**
 * A citation: the exact words of a source that state a fact, and where they are.
 *
 * `start`/`end` are Unicode code-point offsets into the NFC source text, `end` exclusive, so
 * `[...text].slice(start, end).join('') === quote`.
 *
 * @example
 * ```ts
 * import { EvidenceSchema } from 'mnd-mps-coordination/schemas';
 * const evidence = EvidenceSchema.parse({ source: 'qdnd-549232', quote: 'On February 9', start: 26, end: 39 });
 * ```
 * @category Schemas
 */
export const EvidenceSchema = /* @__PURE__ */ z
  .strictObject({
    source: IdSchema.describe('Id of the source whose text holds the quote.'),
    quote: z
      .string()
      .min(1)
      .describe(
        'The exact words of the source (same characters, including non-breaking spaces and curly quotes): the smallest span that states the fact.',
      ),
    start: z
      .number()
      .int()
      .nonnegative()
      .describe('Code-point offset of the first character of the quote in the NFC source text.'),
    end: z
      .number()
      .int()
      .positive()
      .describe('Code-point offset just after the last character of the quote (exclusive).'),
  })
  .superRefine((evidence, ctx) => {
    if (evidence.quote !== evidence.quote.normalize('NFC')) {
      ctx.addIssue({
        code: 'custom',
        path: ['quote'],
        message: 'quote must be in Unicode NFC, as the source texts are',
      });
    }
    if (evidence.end <= evidence.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `end (${evidence.end}) must be greater than start (${evidence.start})`,
      });
      return;
    }
    const length = codePointLength(evidence.quote);
    if (evidence.end - evidence.start !== length) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `end - start is ${evidence.end - evidence.start} but the quote is ${length} code points long`,
      });
    }
  })
  .describe(
    'A citation: the exact quote from a source and its code-point offsets in the source text.',
  );

/**
 * A citation, as parsed by {@link EvidenceSchema}.
 *
 * @example
 * ```ts
 * import type { Evidence } from 'mnd-mps-coordination/schemas';
 * const cite = (e: Evidence) => `${e.source}@${e.start}-${e.end}: "${e.quote}"`;
 * ```
 * @category Schemas
 */
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A list of citations (possibly empty). */
export const EvidenceListSchema = /* @__PURE__ */ z.array(EvidenceSchema);
