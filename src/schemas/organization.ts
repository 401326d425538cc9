import * as z from 'zod';
import { evidenceOf } from './evidence.js';
import { InferencesSchema, NoteSchema } from './inference.js';
import { IdSchema, refOrNull } from './ref.js';
import { text, textOrNull, texts } from './text.js';

/**
 * A body named in the sources, with every spelling and abbreviation they use.
 *
 * @example
 * ```ts
 * import { OrganizationSchema } from 'mnd-mps-coordination/schemas';
 * OrganizationSchema.shape.kind.options.includes('ministry'); // true
 * ```
 * @category Schemas
 */
export const OrganizationSchema = /* @__PURE__ */ z
  .strictObject({
    id: IdSchema,
    name: text(
      "The name as the sources write it (the curator's normalisation where inferences say so).",
    ),
    vietnameseName: textOrNull(
      'The name in Vietnamese, with its diacritics, as a source prints it; null when none does.',
    ),
    abbreviations: texts('Abbreviations the sources use, e.g. "MND", "MoD".'),
    otherNames: texts('Every other spelling the sources use, e.g. "Ministry of Defense".'),
    kind: z
      .enum([
        'government',
        'ministry',
        'party-body',
        'state-body',
        'armed-force',
        'agency',
        'local-command',
        'enterprise',
        'media',
      ])
      .describe(
        "The curator's classification: government; ministry; party-body (Party organs and committees); state-body (assemblies, councils, committees of the state); armed-force (a force as a whole); agency (a department or office inside a ministry or force); local-command (a provincial, district or commune command, police or station); enterprise; media.",
      ),
    parent: refOrNull(
      'organizations',
      'Id of the parent body where a source states it, else null.',
    ),
    place: refOrNull(
      'places',
      'Id of the province, district or commune a local body belongs to; null for national bodies.',
    ),
    evidence: evidenceOf('Evidence that names the body, for each spelling.'),
    inferences: InferencesSchema,
    note: NoteSchema,
  })
  .describe('An organization named in the sources.');
