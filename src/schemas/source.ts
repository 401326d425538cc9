import * as z from 'zod';
import { evidenceOf } from './evidence.js';
import { FuzzyDateSchema } from './dates.js';
import { InferencesSchema, NoteSchema } from './inference.js';
import { IdSchema, ref, refOrNull } from './ref.js';
import { text, textOrNull } from './text.js';

const PublisherSchema = /* @__PURE__ */ z
  .strictObject({
    name: text('The publisher, as the text or the page names it.'),
    organization: refOrNull(
      'organizations',
      'Id of the organization record for the publisher, where there is one.',
    ),
    evidence: evidenceOf(
      'Evidence that names the publisher: a quote of the text, or the page cited.',
    ),
  })
  .describe('Who published the source.');

const ContributorSchema = /* @__PURE__ */ z
  .strictObject({
    name: text('The name as the text writes it.'),
    role: z
      .enum(['author', 'translator', 'photographer', 'photo-source'])
      .describe('What the contributor did, as the text states it.'),
    organization: refOrNull(
      'organizations',
      'Id of the organization record when the contributor is an organization.',
    ),
    evidence: evidenceOf('The credit line.'),
  })
  .describe('A person or body credited in the source.');

/**
 * A source: a **bundled** article, whose text is kept in the repository (`data/sources/<id>.txt`,
 * not in the published package) and whose quotes are checked at their offsets, or a **cited**
 * public page, whose text is not in the repository and whose facts are recorded in the records'
 * own fields with cited evidence.
 *
 * @example
 * ```ts
 * import { SourceSchema } from 'mnd-mps-coordination/schemas';
 * SourceSchema.safeParse({ id: 'my-article' }).success; // false: kind, title and the rest are missing
 * ```
 * @category Schemas
 */
export const SourceSchema = /* @__PURE__ */ z
  .strictObject({
    id: IdSchema,
    kind: z
      .enum(['bundled', 'cited'])
      .describe(
        'bundled: the text is in the repository and quotes are checked; cited: a public page cited by locator and note.',
      ),
    title: z
      .string()
      .min(1)
      .nullable()
      .describe(
        'The headline as printed, in the language of the page (Vietnamese with its marks); null when the text or the stored copy shows none. Never the words of the address.',
      ),
    publisher: PublisherSchema.nullable().describe(
      'Who published the source, or null when unknown.',
    ),
    url: z
      .url()
      .nullable()
      .describe(
        'The address of the page, exactly as the page has it; null when unknown, never invented.',
      ),
    published: FuzzyDateSchema.nullable().describe(
      'When the page is dated by its publisher, or null when unknown.',
    ),
    language: z.string().min(2).describe('BCP 47 language tag of the text: en, vi.'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, { message: 'must be 64 lowercase hex digits' })
      .nullable()
      .default(null)
      .describe(
        'Bundled sources: hex SHA-256 of the UTF-8 bytes of the NFC text; null for cited pages.',
      ),
    originalFileName: textOrNull(
      'Bundled sources: the file name of the text as the corpus delivered it.',
    ),
    contributors: z
      .array(ContributorSchema)
      .default([])
      .describe('Author, translator, photographers as credited.'),
    evidence: evidenceOf(
      "Evidence for the source's own metadata: its headline, its address, its date.",
    ),
    inferences: InferencesSchema,
    note: NoteSchema,
  })
  .superRefine((source, ctx) => {
    const bundled = source.kind === 'bundled';
    if (bundled && source.sha256 === null)
      ctx.addIssue({
        code: 'custom',
        path: ['sha256'],
        message: 'a bundled source needs the SHA-256 of its text',
      });
    if (bundled && source.originalFileName === null)
      ctx.addIssue({
        code: 'custom',
        path: ['originalFileName'],
        message: 'a bundled source needs the file name of its text',
      });
    if (!bundled && source.sha256 !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['sha256'],
        message: 'a cited page has no text in the repository: sha256 must be null',
      });
    if (!bundled && source.url === null)
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'a cited page needs its address' });
  })
  .describe('A source: a bundled article or a cited public page.');

/** A source as published: with the meetings that cite it. */
export const PublishedSourceSchema = /* @__PURE__ */ SourceSchema.safeExtend({
  reports: z
    .array(ref('meetings', 'A meeting the source reports.'))
    .describe('the ids of the meetings that list this source'),
});
