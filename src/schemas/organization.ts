import * as z from 'zod';
import { InferenceListSchema } from './basis.js';
import { EvidenceListSchema } from './evidence.js';
import { IdSchema } from './id.js';

/**
 * What kind of body an organization is.
 *
 * @example
 * ```ts
 * import { OrganizationKindSchema } from 'mnd-mps-coordination/schemas';
 * OrganizationKindSchema.parse('party-body');
 * ```
 * @category Schemas
 */
export const OrganizationKindSchema = /* @__PURE__ */ z
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
    "The curator's classification of the body: government; ministry; party-body (Party organs and committees); state-body (assemblies, councils, committees of the state); armed-force (a force as a whole); agency (a department or office inside a ministry or force); local-command (a provincial, district or commune command, police or station); enterprise; media.",
  );

/**
 * An organization kind; see {@link OrganizationKindSchema}.
 *
 * @example
 * ```ts
 * import type { OrganizationKind } from 'mnd-mps-coordination/schemas';
 * const isParty = (k: OrganizationKind) => k === 'party-body';
 * ```
 * @category Schemas
 */
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;

/**
 * A body named in the sources, with every spelling and abbreviation they use.
 *
 * @example
 * ```ts
 * import { OrganizationSchema } from 'mnd-mps-coordination/schemas';
 * OrganizationSchema.shape; // the fields, each with a description
 * ```
 * @category Schemas
 */
export const OrganizationSchema = /* @__PURE__ */ z
  .strictObject({
    id: IdSchema,
    name: z
      .string()
      .min(1)
      .describe('The name as the sources write it (a curator name when nameBasis is inferred).'),
    nameBasis: z
      .enum(['stated', 'inferred'])
      .default('stated')
      .describe("inferred when the name is the curator's normalisation (see inferences)."),
    abbreviations: z
      .array(z.string().min(1))
      .default([])
      .describe('Abbreviations the sources use, e.g. "MND", "MoD".'),
    otherNames: z
      .array(z.string().min(1))
      .default([])
      .describe('Every other spelling the sources use, e.g. "Ministry of Defense".'),
    kind: OrganizationKindSchema,
    parent: IdSchema.nullable()
      .default(null)
      .describe('Id of the parent body where a source states it, else null.'),
    area: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe(
        'The province, district, commune or country a local body belongs to; null for national bodies.',
      ),
    evidence: EvidenceListSchema.min(1).describe(
      'Quotes that name the body, one for each spelling.',
    ),
    inferences: InferenceListSchema,
    note: z.string().min(1).optional().describe('Curator remarks.'),
  })
  .describe('An organization named in the sources.');

/**
 * An organization; see {@link OrganizationSchema}.
 *
 * @example
 * ```ts
 * import type { Organization } from 'mnd-mps-coordination/schemas';
 * const allNames = (o: Organization) => [o.name, ...o.otherNames, ...o.abbreviations];
 * ```
 * @category Schemas
 */
export type Organization = z.infer<typeof OrganizationSchema>;
