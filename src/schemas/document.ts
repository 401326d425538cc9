import * as z from 'zod';
import { foldText } from '../core/text.js';
import { evidenceOf } from './evidence.js';
import { checkDerived, FuzzyDateSchema } from './dates.js';
import { InferencesSchema, NoteSchema } from './inference.js';
import { IdSchema, ref } from './ref.js';
import { text, texts } from './text.js';

// The year and the type code are parted by a slash, or by a space as some pages print it
// ("07/2012 TTLT-BCA-BQP").
const FULL_NUMBER = /^(\d+)\/(\d{4})[/ ]([A-Z]+)-([A-Z]+(?:-[A-Z]+)*)$/;
const BARE_NUMBER = /^(\d+)$/;

const NumberOutput = /* @__PURE__ */ z.strictObject({
  raw: text('The number exactly as written, without "No.": "03/2019/NĐ-CP", "77".'),
  ascii: text('raw with diacritics removed and Đ written D: the form to match on.'),
  sequence: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe('The serial number: 3 in "03/2019/NĐ-CP".'),
  year: z
    .number()
    .int()
    .nullable()
    .describe('The year in the number, or null when the number has none.'),
  typeCode: z
    .string()
    .min(1)
    .nullable()
    .describe(
      'Document type code in ASCII: ND (nghị định, decree), NQ (nghị quyết, resolution), TTLT (thông tư liên tịch, joint circular).',
    ),
  issuerCode: z
    .string()
    .min(1)
    .nullable()
    .describe(
      'Issuer code in ASCII: CP (Chính phủ, the Government), TW (the Party Central), BCA-BQP (the two ministries).',
    ),
});

/**
 * A document number: authors write it as printed ("03/2019/NĐ-CP", "77"); its parts are derived
 * ("03/2019/NĐ-CP": sequence 3, year 2019, type ND, issuer CP; a bare "77" has only a
 * sequence). A parsed number given in full (as in a bundled record) must agree with its `raw`.
 *
 * @example
 * ```ts
 * import { DocumentNumberSchema } from 'mnd-mps-coordination/schemas';
 * DocumentNumberSchema.parse('03/2019/NĐ-CP'); // { raw: '03/2019/NĐ-CP', ascii: '03/2019/ND-CP', sequence: 3, year: 2019, typeCode: 'ND', issuerCode: 'CP' }
 * ```
 * @category Schemas
 */
export const DocumentNumberSchema = /* @__PURE__ */ z.codec(
  z.union([z.string().min(1), NumberOutput.partial().required({ raw: true })]),
  NumberOutput,
  {
    decode: (input, ctx) => {
      const raw = typeof input === 'string' ? input : input.raw;
      const ascii = foldText(raw, true);
      const full = FULL_NUMBER.exec(ascii);
      const bare = BARE_NUMBER.exec(ascii);
      if (!full && !bare) {
        ctx.issues.push({
          code: 'custom',
          input: raw,
          message: `"${raw}" is not a number of a known form: NN/YYYY/TYPE-ISSUER (03/2019/NĐ-CP) or a bare number (77)`,
        });
        return z.NEVER;
      }
      const parsed = full
        ? {
            raw,
            ascii,
            sequence: Number(full[1]),
            year: Number(full[2]),
            typeCode: full[3] ?? null,
            issuerCode: full[4] ?? null,
          }
        : { raw, ascii, sequence: Number(bare?.[1]), year: null, typeCode: null, issuerCode: null };
      if (typeof input !== 'string') checkDerived(ctx, input, parsed, `raw "${raw}"`);
      return parsed;
    },
    encode: (output) => output.raw,
  },
);

/**
 * A legal or party document referenced by the sources: a decree, resolution, law, decision,
 * strategy, plan or circular.
 *
 * @example
 * ```ts
 * import { DocumentSchema } from 'mnd-mps-coordination/schemas';
 * DocumentSchema.shape.kind.options.includes('decree'); // true
 * ```
 * @category Schemas
 */
export const DocumentSchema = /* @__PURE__ */ z
  .strictObject({
    id: IdSchema,
    kind: z
      .enum(['decree', 'resolution', 'law', 'decision', 'strategy', 'plan', 'circular', 'other'])
      .describe('What kind of document it is.'),
    number: DocumentNumberSchema.nullable().describe(
      'The number as written and parsed, or null when the sources give none.',
    ),
    title: text('The name as a source writes it, e.g. "Decree No. 03/2019/ND-CP".'),
    otherTitles: texts('Other names the sources use: "Decree No. 03", "Nghị định 03".'),
    subjects: texts('What the document is about, in each wording the sources use.'),
    issuer: ref(
      'organizations',
      'Id of the issuing body where a source states it, else null.',
    ).nullable(),
    issued: FuzzyDateSchema.nullable().describe(
      'The issue date where a source gives it, else null.',
    ),
    relations: z
      .array(
        z.strictObject({
          type: z
            .enum([
              'replaces',
              'replaced-by',
              'implements',
              'implemented-by',
              'amends',
              'guides',
              'guided-by',
            ])
            .describe('How this document relates to the other.'),
          document: ref('documents', 'Id of the other document.'),
          evidence: evidenceOf('Evidence that states the relation.'),
        }),
      )
      .default([])
      .describe('Relations to other documents that a source states.'),
    mentions: evidenceOf('Evidence that refers to the document.'),
    inferences: InferencesSchema,
    note: NoteSchema,
  })
  .describe('A legal or party document referenced by the sources.');
