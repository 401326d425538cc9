import * as z from 'zod';
import { ref } from './ref.js';
import { text } from './text.js';

const source = () => ref('sources', 'Id of the source.');
const codePoints = (text: string) => [...text].length;

const quoteFields = {
  source: /* @__PURE__ */ source(),
  quote: /* @__PURE__ */ text(
    'The exact words of the source text (same characters, non-breaking spaces and curly quotes included): the smallest span that states the fact.',
  ),
  start: /* @__PURE__ */ z
    .number()
    .int()
    .nonnegative()
    .describe('Code-point offset of the first character of the quote in the NFC source text.'),
  end: /* @__PURE__ */ z
    .number()
    .int()
    .positive()
    .describe('Code-point offset just after the last character of the quote (exclusive).'),
};

const citedFields = {
  source: /* @__PURE__ */ source(),
  locator: /* @__PURE__ */ z
    .string()
    .min(1)
    .max(200)
    .describe('Where on the page the fact is: "opening paragraph", "headline", "photo caption".'),
  note: /* @__PURE__ */ text(
    "What the page states there, in the curator's own words (never the page's prose).",
  ),
};

function checkQuote(value: { quote: string; start: number; end: number }, ctx: z.RefinementCtx) {
  if (value.quote !== value.quote.normalize('NFC')) {
    ctx.addIssue({
      code: 'custom',
      path: ['quote'],
      message: 'must be in Unicode NFC, as the texts are',
    });
  }
  const length = codePoints(value.quote);
  if (value.end - value.start !== length) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `end - start is ${value.end - value.start} but the quote is ${length} code points long`,
    });
  }
}

const QuoteInput = /* @__PURE__ */ z
  .strictObject({ kind: z.literal('quote').optional(), ...quoteFields })
  .superRefine(checkQuote);
const CitedInput = /* @__PURE__ */ z.strictObject({
  kind: z.literal('cited').optional(),
  ...citedFields,
});

/** A quote from a bundled source: the exact words and their code-point offsets in its text. */
const QuoteEvidenceSchema = /* @__PURE__ */ z
  .strictObject({ kind: z.literal('quote'), ...quoteFields })
  .describe('Quote evidence: exact words of a bundled source text, checked at their offsets.');

/** A pointer into a cited public page: where the fact is and what it says, in the curator's words. */
const CitedEvidenceSchema = /* @__PURE__ */ z
  .strictObject({ kind: z.literal('cited'), ...citedFields })
  .describe("Cited evidence: a place on a public page and a note in the curator's own words.");

/**
 * A citation. `quote` evidence gives the exact words of a bundled source and where they are:
 * `start`/`end` are Unicode code-point offsets into the NFC source text, `end` exclusive, so
 * `[...text].slice(start, end).join('') === quote`; the build checks every one. `cited` evidence
 * points into a public page whose text is not in the repository: a locator and a note in the
 * curator's own words. `kind` is derived from the fields given.
 *
 * @example
 * ```ts
 * import { EvidenceSchema } from 'mnd-mps-coordination/schemas';
 * EvidenceSchema.parse({ source: 'qdnd-549232', quote: 'On February 9', start: 26, end: 39 }).kind; // 'quote'
 * ```
 * @category Schemas
 */
export const EvidenceSchema = /* @__PURE__ */ z.codec(
  z.union([QuoteInput, CitedInput]),
  z.union([QuoteEvidenceSchema, CitedEvidenceSchema]),
  {
    decode: (input) =>
      'quote' in input
        ? { ...input, kind: 'quote' as const }
        : { ...input, kind: 'cited' as const },
    encode: (output) => output as never,
  },
);

/** A list of citations. */
export const EvidenceListSchema = /* @__PURE__ */ z.array(EvidenceSchema);

/** Evidence that states a fact: one piece or more, with what it states. */
export const evidenceOf = (description: string) => EvidenceListSchema.min(1).describe(description);
