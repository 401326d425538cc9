import * as z from 'zod';
import { BasisSchema, checkBasisSupport, InferenceListSchema } from './basis.js';
import { EvidenceListSchema } from './evidence.js';
import { FuzzyDateSchema, PeriodSchema } from './fuzzy-date.js';
import { IdSchema } from './id.js';

/**
 * A place the meeting was held at: the main site or a connected "bridge" (a video-linked site).
 *
 * @example
 * ```ts
 * import { SiteSchema } from 'mnd-mps-coordination/schemas';
 * SiteSchema.shape.kind.options; // ['main', 'bridge']
 * ```
 * @category Schemas
 */
export const SiteSchema = /* @__PURE__ */ z
  .strictObject({
    name: z.string().min(1).describe('The site as written: "Hanoi bridge", "Nghe An bridge".'),
    kind: z
      .enum(['main', 'bridge'])
      .describe('main: where the meeting was chaired; bridge: a connected site.'),
    chairs: z.array(IdSchema).default([]).describe('Ids of the people who chaired this site.'),
    basis: BasisSchema.default('stated').describe(
      'Basis of the kind and chairs: inferred when the text implies rather than says them.',
    ),
    note: z.string().min(1).optional().describe('Reasoning for an inferred kind or chairs.'),
    evidence: EvidenceListSchema.min(1).describe('Quotes that name the site.'),
  })
  .superRefine((site, ctx) => checkBasisSupport(site, ctx, { evidenceRequired: true }))
  .describe('A site of the meeting.');

/**
 * A site of a meeting; see {@link SiteSchema}.
 *
 * @example
 * ```ts
 * import type { Site } from 'mnd-mps-coordination/schemas';
 * const isBridge = (s: Site) => s.kind === 'bridge';
 * ```
 * @category Schemas
 */
export type Site = z.infer<typeof SiteSchema>;

/**
 * Someone (or some body) a report places at a meeting in a role, with the rank and positions
 * as that report writes them there. One entry per role and report.
 *
 * @example
 * ```ts
 * import { ParticipantSchema } from 'mnd-mps-coordination/schemas';
 * ParticipantSchema.shape.role.options; // ['host', 'organizer', 'co-chair', 'presider', 'site-chair', 'attendee', 'speaker']
 * ```
 * @category Schemas
 */
export const ParticipantSchema = /* @__PURE__ */ z
  .strictObject({
    person: IdSchema.optional().describe('Id of the person, when a person is named.'),
    organization: IdSchema.optional().describe(
      'Id of the body: the participant itself when no person is named ("leaders of the Provincial Border Guard Command").',
    ),
    role: z
      .enum(['host', 'organizer', 'co-chair', 'presider', 'site-chair', 'attendee', 'speaker'])
      .describe(
        'The role the report gives: host (organised the meeting, coordinating with the other organiser), organizer, co-chair, presider, site-chair, attendee, speaker.',
      ),
    site: z
      .string()
      .min(1)
      .optional()
      .describe('Name of the site (see sites) where the report places the participant.'),
    rankAsReported: z
      .string()
      .min(1)
      .optional()
      .describe('The rank exactly as this report writes it here.'),
    positionsAsReported: z
      .array(z.string().min(1))
      .optional()
      .describe('The positions exactly as this report writes them here.'),
    evidence: EvidenceListSchema.min(1).describe('Quotes that place the participant in the role.'),
    note: z.string().min(1).optional().describe('Curator remarks.'),
  })
  .superRefine((participant, ctx) => {
    if (participant.person === undefined && participant.organization === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['person'],
        message: 'a participant needs a person or an organization',
      });
    }
  })
  .describe('A participant in a role at a meeting, as one report gives it.');

/**
 * A participant entry; see {@link ParticipantSchema}.
 *
 * @example
 * ```ts
 * import type { Participant } from 'mnd-mps-coordination/schemas';
 * const chairs = (ps: readonly Participant[]) => ps.filter((p) => p.role === 'co-chair');
 * ```
 * @category Schemas
 */
export type Participant = z.infer<typeof ParticipantSchema>;

/**
 * A meeting between the two ministries (or their standing agencies) under the coordination
 * decree: one record per meeting, whichever and however many articles report it.
 *
 * @example
 * ```ts
 * import { MeetingSchema } from 'mnd-mps-coordination/schemas';
 * MeetingSchema.shape.kind.options; // ['annual-review', 'semiannual-review', 'quarterly-review', 'other']
 * ```
 * @category Schemas
 */
export const MeetingSchema = /* @__PURE__ */ z
  .strictObject({
    id: IdSchema,
    title: z.string().min(1).describe("A curator's descriptive title (the sources give none)."),
    kind: z
      .enum(['annual-review', 'semiannual-review', 'quarterly-review', 'other'])
      .describe('What the meeting reviewed: a year, six months, a quarter, or something else.'),
    date: FuzzyDateSchema.describe('When the meeting was held.'),
    periodReviewed: PeriodSchema.nullable().describe(
      'The period whose coordination the meeting reviewed, or null.',
    ),
    documents: z
      .array(IdSchema)
      .default([])
      .describe('Ids of the documents the meeting implements or reviews.'),
    sites: z.array(SiteSchema).default([]).describe('The sites ("bridges") the reports name.'),
    coChairs: z
      .array(IdSchema)
      .default([])
      .describe('Ids of the people who co-chaired or presided over the meeting as a whole.'),
    participants: z
      .array(ParticipantSchema)
      .default([])
      .describe('Everyone the reports place at the meeting, by role.'),
    sources: z.array(IdSchema).min(1).describe('Ids of every source that reports the meeting.'),
    metrics: z
      .array(IdSchema)
      .describe(
        'Ids of the metrics reported at the meeting (derived from the metrics at build time).',
      ),
    evidence: EvidenceListSchema.min(1).describe('Quotes that report the meeting taking place.'),
    inferences: InferenceListSchema,
    note: z.string().min(1).optional().describe('Curator remarks.'),
  })
  .describe('A coordination meeting.');

/**
 * A meeting; see {@link MeetingSchema}.
 *
 * @example
 * ```ts
 * import type { Meeting } from 'mnd-mps-coordination/schemas';
 * const label = (m: Meeting) => `${m.date.edtf} ${m.title}`;
 * ```
 * @category Schemas
 */
export type Meeting = z.infer<typeof MeetingSchema>;
