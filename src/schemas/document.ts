import * as z from 'zod';
import { InferenceListSchema } from './basis.js';
import { EvidenceListSchema } from './evidence.js';
import { FuzzyDateSchema } from './fuzzy-date.js';
import { IdSchema } from './id.js';

/**
 * A document number as written and parsed ("03/2019/ND-CP": sequence 3, year 2019, type ND,
 * issuer CP). Parts the sources do not give are null.
 *
 * @example
 * ```ts
 * import { DocumentNumberSchema } from 'mnd-mps-coordination/schemas';
 * DocumentNumberSchema.parse({ raw: '03/2019/ND-CP', ascii: '03/2019/ND-CP', sequence: 3, year: 2019, typeCode: 'ND', issuerCode: 'CP' });
 * ```
 * @category Schemas
 */
export const DocumentNumberSchema = /* @__PURE__ */ z
  .strictObject({
    raw: z
      .string()
      .min(1)
      .describe('The number exactly as written, without "No.": "03/2019/ND-CP", "77".'),
    ascii: z
      .string()
      .min(1)
      .describe('raw with diacritics removed and Đ written D: the form to match on.'),
    sequence: z
      .number()
      .int()
      .positive()
      .nullable()
      .describe('The serial number: 3 in "03/2019/ND-CP".'),
    year: z
      .number()
      .int()
      .min(1945)
      .max(2100)
      .nullable()
      .describe('The year in the number, or null when the number has none.'),
    typeCode: z
      .string()
      .min(1)
      .nullable()
      .describe(
        'Document type code in ASCII: ND (nghị định, decree), NQ (nghị quyết, resolution); null when not written.',
      ),
    issuerCode: z
      .string()
      .min(1)
      .nullable()
      .describe(
        'Issuer code in ASCII: CP (Chính phủ, the Government), TW (the Party Central); null when not written.',
      ),
  })
  .describe('A document number as written and parsed.');

/**
 * A parsed document number; see {@link DocumentNumberSchema}.
 *
 * @example
 * ```ts
 * import type { DocumentNumber } from 'mnd-mps-coordination/schemas';
 * const short = (n: DocumentNumber) => (n.year ? `${n.sequence}/${n.year}` : n.raw);
 * ```
 * @category Schemas
 */
export type DocumentNumber = z.infer<typeof DocumentNumberSchema>;

const RelationSchema = /* @__PURE__ */ z
  .strictObject({
    type: z
      .enum(['replaces', 'replaced-by', 'implements', 'implemented-by', 'amends', 'guides'])
      .describe('How this document relates to the other.'),
    document: IdSchema.describe('Id of the other document.'),
    evidence: EvidenceListSchema.min(1).describe('Quotes that state the relation.'),
  })
  .describe('A stated relation to another document.');

/**
 * A legal or party document referenced by the sources: a decree, resolution, law, decision,
 * strategy or plan.
 *
 * @example
 * ```ts
 * import { DocumentSchema } from 'mnd-mps-coordination/schemas';
 * DocumentSchema.shape.kind.options; // ['decree', 'resolution', 'law', 'decision', 'strategy', 'plan', 'other']
 * ```
 * @category Schemas
 */
export const DocumentSchema = /* @__PURE__ */ z
  .strictObject({
    id: IdSchema,
    kind: z
      .enum(['decree', 'resolution', 'law', 'decision', 'strategy', 'plan', 'other'])
      .describe('What kind of document it is.'),
    number: DocumentNumberSchema.nullable().describe(
      'The number, parsed, or null when the sources give none.',
    ),
    title: z
      .string()
      .min(1)
      .describe('The name as a source writes it, e.g. "Decree No. 03/2019/ND-CP".'),
    otherTitles: z
      .array(z.string().min(1))
      .default([])
      .describe('Other names the sources use: "Decree No. 03", "Decree 03".'),
    subjects: z
      .array(z.string().min(1))
      .default([])
      .describe('What the document is about, in each wording the sources use.'),
    issuer: IdSchema.nullable().describe(
      'Id of the issuing body where a source states it, else null.',
    ),
    issued: FuzzyDateSchema.nullable().describe(
      'The issue date where a source gives it, else null.',
    ),
    relations: z
      .array(RelationSchema)
      .default([])
      .describe('Relations to other documents that a source states.'),
    mentions: EvidenceListSchema.min(1).describe('Every quote that refers to the document.'),
    inferences: InferenceListSchema,
    note: z.string().min(1).optional().describe('Curator remarks.'),
  })
  .describe('A legal or party document referenced by the sources.');

/**
 * A document; see {@link DocumentSchema}.
 *
 * @example
 * ```ts
 * import type { Document } from 'mnd-mps-coordination/schemas';
 * const label = (d: Document) => (d.issued ? `${d.title} (${d.issued.edtf})` : d.title);
 * ```
 * @category Schemas
 */
export type Document = z.infer<typeof DocumentSchema>;
