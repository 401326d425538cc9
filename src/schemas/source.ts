import * as z from 'zod';
import { BasisSchema, checkBasisSupport } from './basis.js';
import { EvidenceListSchema } from './evidence.js';
import { FuzzyDateSchema } from './fuzzy-date.js';
import { IdSchema } from './id.js';

const PublisherSchema = /* @__PURE__ */ z
  .strictObject({
    name: z
      .string()
      .min(1)
      .describe('The publisher, as the text states it or as the curator supplies it.'),
    organization: IdSchema.nullable()
      .default(null)
      .describe('Id of the organization record for the publisher, where there is one.'),
    basis: BasisSchema,
    note: z.string().min(1).optional().describe('Where a curator-supplied publisher comes from.'),
    evidence: EvidenceListSchema.default([]).describe(
      'Quotes in the text that name the publisher, if any.',
    ),
  })
  .superRefine((publisher, ctx) => checkBasisSupport(publisher, ctx, { evidenceRequired: true }))
  .describe('Who published the article.');

const ContributorSchema = /* @__PURE__ */ z
  .strictObject({
    name: z.string().min(1).describe('The name as the text writes it.'),
    role: z
      .enum(['author', 'translator', 'photographer', 'photo-source'])
      .describe('What the contributor did, as the text states it.'),
    organization: IdSchema.nullable()
      .default(null)
      .describe('Id of the organization record when the contributor is an organization.'),
    evidence: EvidenceListSchema.min(1).describe('The credit line in the text.'),
  })
  .describe('A person or body credited in the text.');

/**
 * A source article: its metadata, the hash of its text and what it reports. The text itself is
 * kept in the repository (`data/sources/<id>.txt`), not in the published package.
 *
 * @example
 * ```ts
 * import { SourceSchema } from 'mnd-mps-coordination/schemas';
 * const result = SourceSchema.safeParse({ id: 'my-article' });
 * result.success; // false: title, sha256 and the rest are missing
 * ```
 * @category Schemas
 */
export const SourceSchema = /* @__PURE__ */ z
  .strictObject({
    id: IdSchema,
    title: z
      .string()
      .min(1)
      .describe('The headline as the text gives it, or a curator title (see titleBasis).'),
    titleBasis: BasisSchema.describe(
      'stated: the headline is in the text (see evidence); curator: taken from the original address (see note).',
    ),
    publisher: PublisherSchema.nullable().describe(
      'Who published the article, or null when unknown.',
    ),
    url: z
      .url()
      .nullable()
      .describe(
        'The original address, supplied by the curator; null when unknown, never invented.',
      ),
    published: FuzzyDateSchema.nullable().describe(
      'When the article was published, or null when unknown.',
    ),
    language: z.string().min(2).describe('BCP 47 language tag of the text.'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, { message: 'must be 64 lowercase hex digits' })
      .describe('Hex SHA-256 of the UTF-8 bytes of the NFC text.'),
    originalFileName: z
      .string()
      .min(1)
      .describe('File name of the text as the corpus delivered it.'),
    contributors: z
      .array(ContributorSchema)
      .default([])
      .describe('Author, translator, photographers as credited in the text.'),
    reports: z
      .array(IdSchema)
      .describe(
        'Ids of the meetings the article reports (derived from the meetings at build time).',
      ),
    evidence: EvidenceListSchema.default([]).describe(
      "Quotes of the article's own metadata (headline, dateline).",
    ),
    note: z
      .string()
      .min(1)
      .optional()
      .describe('Curator remarks on the source: where its metadata comes from, versions of it.'),
  })
  .superRefine((source, ctx) => {
    checkBasisSupport(
      { basis: source.titleBasis, note: source.note, evidence: source.evidence },
      ctx,
      { evidenceRequired: true },
    );
  })
  .describe('A source article.');

/**
 * A source article; see {@link SourceSchema}.
 *
 * @example
 * ```ts
 * import type { Source } from 'mnd-mps-coordination/schemas';
 * const cite = (s: Source) => `${s.title} (${s.publisher?.name ?? 'unknown publisher'})`;
 * ```
 * @category Schemas
 */
export type Source = z.infer<typeof SourceSchema>;
