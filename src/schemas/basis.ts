import * as z from 'zod';

/**
 * Where a fact comes from: `stated` by a source text (with evidence), `inferred` by the curator
 * from the texts (with a note giving the reasoning), or `curator`-supplied from outside the
 * texts, such as a publisher's page (with a note saying where from).
 *
 * @example
 * ```ts
 * import { BasisSchema } from 'mnd-mps-coordination/schemas';
 * BasisSchema.parse('inferred');
 * ```
 * @category Schemas
 */
export const BasisSchema = /* @__PURE__ */ z
  .enum(['stated', 'inferred', 'curator'])
  .describe(
    'stated: a source text says it (see evidence); inferred: the curator reasoned it from the texts (see note); curator: supplied from outside the texts (see note).',
  );

/**
 * Where a fact comes from; see {@link BasisSchema}.
 *
 * @example
 * ```ts
 * import type { Basis } from 'mnd-mps-coordination/schemas';
 * const needsNote = (basis: Basis) => basis !== 'stated';
 * ```
 * @category Schemas
 */
export type Basis = z.infer<typeof BasisSchema>;

/**
 * A fact the curator inferred rather than read: the field it concerns and the reasoning.
 *
 * @example
 * ```ts
 * import { InferenceSchema } from 'mnd-mps-coordination/schemas';
 * InferenceSchema.parse({ field: 'sources', note: 'Both articles report a 9 February meeting reviewing 2022 with the same co-chairs.' });
 * ```
 * @category Schemas
 */
export const InferenceSchema = /* @__PURE__ */ z
  .strictObject({
    field: z
      .string()
      .min(1)
      .describe(
        'Dot path of the inferred field within the record, e.g. "sources" or "scope.area".',
      ),
    note: z.string().min(1).describe('The reasoning behind the inference.'),
  })
  .describe('A field whose value the curator inferred, with the reasoning.');

/**
 * A recorded inference; see {@link InferenceSchema}.
 *
 * @example
 * ```ts
 * import type { Inference } from 'mnd-mps-coordination/schemas';
 * const explain = (i: Inference) => `${i.field}: ${i.note}`;
 * ```
 * @category Schemas
 */
export type Inference = z.infer<typeof InferenceSchema>;

/** The inferences a record carries (empty when everything is stated). */
export const InferenceListSchema = /* @__PURE__ */ z
  .array(InferenceSchema)
  .default([])
  .describe('Fields of this record the curator inferred, each with its reasoning.');

/** Requires a non-empty note for any basis other than `stated`, and evidence for `stated`. */
export function checkBasisSupport(
  value: { basis: Basis; note?: string | undefined; evidence?: readonly unknown[] | undefined },
  ctx: z.RefinementCtx,
  options: { evidenceRequired: boolean },
): void {
  if (value.basis === 'inferred' && !value.note?.trim()) {
    ctx.addIssue({
      code: 'custom',
      path: ['note'],
      message: 'an inferred value needs a note giving the reasoning',
    });
  }
  if (value.basis === 'curator' && !value.note?.trim()) {
    ctx.addIssue({
      code: 'custom',
      path: ['note'],
      message: 'a curator-supplied value needs a note saying where it comes from',
    });
  }
  if (value.basis === 'stated' && options.evidenceRequired && (value.evidence?.length ?? 0) === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['evidence'],
      message: 'a stated value needs at least one evidence quote',
    });
  }
}
