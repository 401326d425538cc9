import * as z from 'zod';
import { text } from './text.js';

/**
 * A fact the curator inferred rather than read, the one way the dataset marks inference: the
 * field of the record it concerns (a path such as `date`, `scope.level` or `sites[0].kind`) and
 * the reasoning.
 *
 * @example
 * ```ts
 * import { InferenceSchema } from 'mnd-mps-coordination/schemas';
 * InferenceSchema.parse({ field: 'date', note: 'The article gives 9 February without a year; it reviews 2022.' });
 * ```
 * @category Schemas
 */
export const InferenceSchema = /* @__PURE__ */ z
  .strictObject({
    field: text(
      'Path of the inferred field within the record: "date", "scope.level", "sites[0].kind".',
    ),
    note: text('The reasoning behind the inference.'),
  })
  .describe('A field whose value the curator inferred, with the reasoning.');

/** The inferences a record carries (empty when everything is stated). */
export const InferencesSchema = /* @__PURE__ */ z
  .array(InferenceSchema)
  .default([])
  .describe('Fields of this record the curator inferred, each with its reasoning.');

/** A curator remark: optional free text. */
export const NoteSchema = /* @__PURE__ */ z.string().min(1).optional().describe('Curator remarks.');
