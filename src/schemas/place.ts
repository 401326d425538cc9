import * as z from 'zod';
import { PLACE_LEVELS } from '../core/vocabulary.js';
import { evidenceOf } from './evidence.js';
import { InferencesSchema, NoteSchema } from './inference.js';
import { IdSchema, refOrNull } from './ref.js';
import { text, textOrNull, texts } from './text.js';

/**
 * A place the sources name: a province, district or commune (or a country), with its name as
 * the English-language sources write it, its Vietnamese name, and the place it lies in. Scopes of
 * metrics, meetings, their sites and local bodies refer to places by id, so that "everything in
 * Nghe An" can be asked.
 *
 * @example
 * ```ts
 * import { PlaceSchema } from 'mnd-mps-coordination/schemas';
 * PlaceSchema.parse({
 *   id: 'quang-ninh',
 *   name: 'Quang Ninh',
 *   vietnameseName: 'Quảng Ninh',
 *   level: 'province',
 *   evidence: [{ source: 'vietnamvn-giao-ban-2024', quote: 'the Quang Ninh Provincial Police', start: 2715, end: 2747 }],
 * }).parent; // null
 * ```
 * @category Schemas
 */
export const PlaceSchema = /* @__PURE__ */ z
  .strictObject({
    id: IdSchema,
    name: text('The name as English-language sources write it, without diacritics: "Nghe An".'),
    vietnameseName: textOrNull(
      'The name in Vietnamese, with its diacritics: "Nghệ An"; null when no source gives it.',
    ),
    otherNames: texts('Other spellings the sources use.'),
    level: z.enum(PLACE_LEVELS).describe('country, province, district or commune.'),
    parent: refOrNull(
      'places',
      "Id of the place this one lies in (a commune's district or province); null for a province or a country.",
    ),
    evidence: evidenceOf('Evidence that names the place.'),
    inferences: InferencesSchema,
    note: NoteSchema,
  })
  .describe('A place named in the sources.');
