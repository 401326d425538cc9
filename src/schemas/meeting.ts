import * as z from 'zod';
import { MEETING_KINDS, SCOPE_LEVELS } from '../core/vocabulary.js';
import { evidenceOf } from './evidence.js';
import { FuzzyDateSchema, PeriodSchema } from './dates.js';
import { InferencesSchema, NoteSchema } from './inference.js';
import { IdSchema, ref, refOrNull } from './ref.js';
import { text } from './text.js';

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
    name: text('The site as written: "Hanoi bridge", "Nghe An bridge".'),
    kind: z
      .enum(['main', 'bridge'])
      .describe('main: where the meeting was chaired; bridge: a connected site.'),
    place: refOrNull(
      'places',
      'Id of the province, district or commune where the site is, when named.',
    ),
    chairs: z
      .array(ref('people', 'A person who chaired this site.'))
      .default([])
      .describe('Ids of the people who chaired this site.'),
    evidence: evidenceOf('Evidence that names the site.'),
  })
  .describe('A site of the meeting.');

/**
 * Someone (or some body) a report places at a meeting in a role, with the rank and positions as
 * that report writes them there. One entry per role and report.
 *
 * @example
 * ```ts
 * import { ParticipantSchema } from 'mnd-mps-coordination/schemas';
 * ParticipantSchema.shape.role.options.includes('co-chair'); // true
 * ```
 * @category Schemas
 */
export const ParticipantSchema = /* @__PURE__ */ z
  .strictObject({
    person: ref('people', 'Id of the person, when a person is named.').optional(),
    organization: ref(
      'organizations',
      'Id of the body: the participant itself when no person is named.',
    ).optional(),
    role: z
      .enum([
        'host',
        'organizer',
        'co-chair',
        'presider',
        'directing-official',
        'site-chair',
        'attendee',
        'speaker',
      ])
      .describe(
        'The role the report gives: host (organised the meeting, coordinating with the other organiser), organizer, co-chair, presider, directing-official (attended and directed, "dự và chỉ đạo", without chairing), site-chair, attendee, speaker.',
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
    evidence: evidenceOf('Evidence that places the participant in the role.'),
    note: NoteSchema,
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
 * A meeting between the two ministries (or their standing agencies) under the coordination
 * decree: one record per meeting, whichever and however many sources report it.
 *
 * @example
 * ```ts
 * import { MeetingSchema } from 'mnd-mps-coordination/schemas';
 * MeetingSchema.shape.kind.options.includes('annual-review'); // true
 * ```
 * @category Schemas
 */
export const MeetingSchema = /* @__PURE__ */ z
  .strictObject({
    id: IdSchema,
    title: text("A curator's descriptive title (the sources give none)."),
    kind: z
      .enum(MEETING_KINDS)
      .describe(
        'What the meeting was: a review of a year, six months, a quarter or several years, a joint inspection visit, a conference on a draft decree, or something else.',
      ),
    place: refOrNull(
      'places',
      'Id of the province, district or commune whose commands and police met; null for a national meeting of the two ministries.',
    ),
    date: FuzzyDateSchema.describe('When the meeting was held.'),
    periodReviewed: PeriodSchema.nullable().describe(
      'The period whose coordination the meeting reviewed, or null.',
    ),
    documents: z
      .array(ref('documents', 'A document the meeting implements or reviews.'))
      .default([])
      .describe('Ids of the documents the meeting implements or reviews.'),
    sites: z.array(SiteSchema).default([]).describe('The sites ("bridges") the reports name.'),
    coChairs: z
      .array(ref('people', 'A co-chair.'))
      .default([])
      .describe('Ids of the people who co-chaired or presided over the meeting as a whole.'),
    participants: z
      .array(ParticipantSchema)
      .default([])
      .describe('Everyone the reports place at the meeting, by role.'),
    sources: z
      .array(ref('sources', 'A source that reports the meeting.'))
      .min(1)
      .describe('Ids of every source that reports the meeting.'),
    evidence: evidenceOf('Evidence that reports the meeting taking place.'),
    inferences: InferencesSchema,
    note: NoteSchema,
  })
  .describe('A coordination meeting.');

/** A meeting as published: what authors write, and what the build derives from other records. */
export const PublishedMeetingSchema = /* @__PURE__ */ MeetingSchema.extend({
  level: z
    .enum(SCOPE_LEVELS)
    .describe(
      "national for a meeting of the two ministries, else the level of the meeting's place",
    ),
  metrics: z
    .array(ref('metrics', 'A metric reported at the meeting.'))
    .describe('the ids of the metrics whose meeting is this one'),
});
