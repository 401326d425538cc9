import * as z from 'zod';
import { InferenceListSchema } from './basis.js';
import { EvidenceListSchema } from './evidence.js';
import { FuzzyDateSchema } from './fuzzy-date.js';
import { IdSchema } from './id.js';
import { RankCodeSchema } from './rank.js';

const claimShape = {
  meeting: /* @__PURE__ */ IdSchema.describe(
    'Id of the meeting whose report gives this claim; the claim is dated by it.',
  ),
  asOf: /* @__PURE__ */ FuzzyDateSchema.describe(
    "The date the claim holds as of: the meeting's date (filled in by the build from the meeting).",
  ),
  evidence: /* @__PURE__ */ EvidenceListSchema.min(1).describe('Quotes that state the claim.'),
  note: /* @__PURE__ */ z.string().min(1).optional().describe('Curator remarks on the claim.'),
};

/**
 * A rank as one report gives it: the code behind it, the words as written, and the meeting
 * that dates it.
 *
 * @example
 * ```ts
 * import { RankClaimSchema } from 'mnd-mps-coordination/schemas';
 * RankClaimSchema.shape.asReported.description; // 'The rank exactly as written, e.g. "Senior Lieutenant General".'
 * ```
 * @category Schemas
 */
export const RankClaimSchema = /* @__PURE__ */ z
  .strictObject({
    rank: RankCodeSchema.nullable().describe(
      'The rank code behind the words, or null when they do not settle it (the note says why).',
    ),
    asReported: z
      .string()
      .min(1)
      .describe('The rank exactly as written, e.g. "Senior Lieutenant General".'),
    ...claimShape,
  })
  .superRefine((claim, ctx) => {
    if (claim.rank === null && !claim.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message:
          'a rank claim without a rank code needs a note saying why the words do not settle it',
      });
    }
  })
  .describe('A rank as a report gives it, dated by its meeting.');

/**
 * A rank claim; see {@link RankClaimSchema}.
 *
 * @example
 * ```ts
 * import type { RankClaim } from 'mnd-mps-coordination/schemas';
 * const show = (c: RankClaim) => `${c.asReported} (${c.rank ?? 'unsettled'}) as of ${c.asOf.edtf}`;
 * ```
 * @category Schemas
 */
export type RankClaim = z.infer<typeof RankClaimSchema>;

/**
 * A position (office or membership) as one report gives it.
 *
 * @example
 * ```ts
 * import { PositionClaimSchema } from 'mnd-mps-coordination/schemas';
 * Object.keys(PositionClaimSchema.shape); // title, organization, asReported, meeting, asOf, evidence, note
 * ```
 * @category Schemas
 */
export const PositionClaimSchema = /* @__PURE__ */ z
  .strictObject({
    title: z
      .string()
      .min(1)
      .describe('The office, normalised to its plain title: "Deputy Minister", "Member", "Chief".'),
    organization: IdSchema.nullable().describe(
      'Id of the body the office belongs to, or null when the text does not name one.',
    ),
    asReported: z
      .string()
      .min(1)
      .describe('The position exactly as written, e.g. "Deputy Minister of National Defense".'),
    ...claimShape,
  })
  .describe('A position as a report gives it, dated by its meeting.');

/**
 * A position claim; see {@link PositionClaimSchema}.
 *
 * @example
 * ```ts
 * import type { PositionClaim } from 'mnd-mps-coordination/schemas';
 * const show = (c: PositionClaim) => `${c.asReported}, as of ${c.asOf.edtf}`;
 * ```
 * @category Schemas
 */
export type PositionClaim = z.infer<typeof PositionClaimSchema>;

/**
 * An official named in the sources, with every rank and position each report gives, dated.
 *
 * @example
 * ```ts
 * import { PersonSchema } from 'mnd-mps-coordination/schemas';
 * PersonSchema.shape.service.options; // ['army', 'police', 'civilian', 'unknown']
 * ```
 * @category Schemas
 */
export const PersonSchema = /* @__PURE__ */ z
  .strictObject({
    id: IdSchema,
    name: z.string().min(1).describe('The name as the sources write it, family name first.'),
    otherNames: z
      .array(z.string().min(1))
      .default([])
      .describe('Other forms of the name the sources use, such as a short form.'),
    service: z
      .enum(['army', 'police', 'civilian', 'unknown'])
      .describe(
        "The curator's classification from the positions the sources give: army (People's Army), police (People's Public Security), civilian, unknown.",
      ),
    ranks: z
      .array(RankClaimSchema)
      .default([])
      .describe('Every rank the reports give, as written, each dated by its meeting.'),
    positions: z
      .array(PositionClaimSchema)
      .default([])
      .describe('Every position the reports give, as written, each dated by its meeting.'),
    evidence: EvidenceListSchema.default([]).describe(
      'Quotes that name the person outside any rank or position claim (short forms, say).',
    ),
    inferences: InferenceListSchema,
    note: z.string().min(1).optional().describe('Curator remarks.'),
  })
  .describe('An official named in the sources.');

/**
 * An official; see {@link PersonSchema}.
 *
 * @example
 * ```ts
 * import type { Person } from 'mnd-mps-coordination/schemas';
 * const renderings = (p: Person) => [...new Set(p.ranks.map((r) => r.asReported))];
 * ```
 * @category Schemas
 */
export type Person = z.infer<typeof PersonSchema>;
