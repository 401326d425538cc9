import * as z from 'zod';
import { RANK_CODES } from '../core/ranks.js';
import { EvidenceListSchema, evidenceOf } from './evidence.js';
import { FuzzyDateSchema } from './dates.js';
import { InferencesSchema, NoteSchema } from './inference.js';
import { IdSchema, ref, refOrNull } from './ref.js';
import { text, textOrNull, texts } from './text.js';

const claimFields = {
  meeting: /* @__PURE__ */ refOrNull(
    'meetings',
    'Id of the meeting whose report gives this claim, which dates it; null for a claim dated on its own (a promotion, an appointment).',
  ),
  asOf: /* @__PURE__ */ FuzzyDateSchema.optional().describe(
    "The claim's own date, with its evidence, for a claim without a meeting (a promotion, an appointment); a claim with a meeting is dated by it.",
  ),
  evidence: /* @__PURE__ */ evidenceOf('Evidence that states the claim.'),
  note: NoteSchema,
};

/** A claim without a meeting is dated by its own asOf. */
function checkClaimDate(claim: { meeting: string | null; asOf?: unknown }, ctx: z.RefinementCtx) {
  if (claim.meeting === null && claim.asOf === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['asOf'],
      message: 'a claim without a meeting needs its own date (asOf, with evidence)',
    });
}

/**
 * A rank as one report gives it: the code behind it, the words as written, and the meeting that
 * dates it.
 *
 * @example
 * ```ts
 * import { RankClaimSchema } from 'mnd-mps-coordination/schemas';
 * RankClaimSchema.shape.asReported.description; // 'The rank exactly as written, e.g. "Senior Lieutenant General" or "Thượng tướng".'
 * ```
 * @category Schemas
 */
export const RankClaimSchema = /* @__PURE__ */ z
  .strictObject({
    rank: z
      .enum(RANK_CODES)
      .nullable()
      .describe(
        'The rank code behind the words, or null when they do not settle it (the note says why).',
      ),
    asReported: text(
      'The rank exactly as written, e.g. "Senior Lieutenant General" or "Thượng tướng".',
    ),
    kind: z
      .enum(['reported', 'promotion'])
      .default('reported')
      .describe(
        'reported: a report gives the person this rank; promotion: a page reports the promotion to it, on the date asOf.',
      ),
    ...claimFields,
  })
  .superRefine((claim, ctx) => {
    checkClaimDate(claim, ctx);
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
    title: text('The office, normalised to its plain title: "Deputy Minister", "Member", "Chief".'),
    organization: ref(
      'organizations',
      'Id of the body the office belongs to, or null when the source names none.',
    ).nullable(),
    asReported: text(
      'The position exactly as written, e.g. "Deputy Minister of National Defense".',
    ),
    kind: z
      .enum(['reported', 'appointment'])
      .default('reported')
      .describe(
        'reported: a report gives the person this position; appointment: a page reports the appointment to it, on the date asOf.',
      ),
    ...claimFields,
  })
  .superRefine(checkClaimDate)
  .describe('A position as a report gives it, dated by its meeting.');

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
    name: text('The name as the sources write it, family name first.'),
    vietnameseName: textOrNull(
      'The name in Vietnamese, with its diacritics, as a source prints it: "Nguyễn Tân Cương".',
    ),
    otherNames: texts(
      'Other forms of the name the sources use: a short form, the name with Vietnamese diacritics.',
    ),
    service: z
      .enum(['army', 'police', 'civilian', 'unknown'])
      .describe(
        "The curator's classification from the positions the sources give: army (People's Army), police (People's Public Security), civilian, unknown.",
      ),
    ranks: z
      .array(RankClaimSchema)
      .default([])
      .describe('Every rank the reports give, as written, each dated.'),
    positions: z
      .array(PositionClaimSchema)
      .default([])
      .describe('Every position the reports give, as written, each dated.'),
    evidence: EvidenceListSchema.default([]).describe(
      'Evidence that names the person outside any rank or position claim (short forms, say).',
    ),
    inferences: InferencesSchema,
    note: NoteSchema,
  })
  .describe('An official named in the sources.');

const claimDate = () =>
  FuzzyDateSchema.describe("the date of the claim's meeting, for a claim with a meeting");

/** A person as published: every claim dated (`asOf`), by its meeting or its own date. */
export const PublishedPersonSchema = /* @__PURE__ */ PersonSchema.extend({
  ranks: z
    .array(RankClaimSchema.safeExtend({ asOf: claimDate() }))
    .default([])
    .describe(PersonSchema.shape.ranks.description ?? ''),
  positions: z
    .array(PositionClaimSchema.safeExtend({ asOf: claimDate() }))
    .default([])
    .describe(PersonSchema.shape.positions.description ?? ''),
});
