import type * as z from 'zod';
import type { DeepReadonly } from '../lib/deep-freeze.js';
import type { ConflictSchema } from '../schemas/conflict.js';
import type { DocumentSchema } from '../schemas/document.js';
import type { IndicatorSchema } from '../schemas/indicator.js';
import type { MeetingSchema } from '../schemas/meeting.js';
import type { MetricSchema } from '../schemas/metric.js';
import type { OrganizationSchema } from '../schemas/organization.js';
import type { PersonSchema, PositionClaimSchema, RankClaimSchema } from '../schemas/person.js';
import type { RedirectSchema } from '../schemas/redirect.js';
import type { SourceSchema } from '../schemas/source.js';

type WithoutAsOf<T> = Omit<T, 'asOf'> & { asOf?: unknown };
type PersonInput = Omit<z.input<typeof PersonSchema>, 'ranks' | 'positions'> & {
  ranks?: WithoutAsOf<z.input<typeof RankClaimSchema>>[];
  positions?: WithoutAsOf<z.input<typeof PositionClaimSchema>>[];
};

/**
 * What `createDataset` accepts: arrays of records by collection, each optional. Records are in
 * the shape the schemas parse (defaults may be omitted), and the derived fields (claims' `asOf`,
 * meetings' `metrics`, sources' `reports`) may be left out: they are recomputed.
 *
 * @example
 * ```ts
 * import { indicators, type DatasetInput } from 'mnd-mps-coordination';
 * const input: DatasetInput = { indicators: [...indicators, { id: 'arrests', label: 'Arrests', unit: 'persons', description: 'People arrested.', category: 'crime' }] };
 * ```
 * @category Records
 */
export interface DatasetInput {
  readonly sources?: readonly DeepReadonly<
    Omit<z.input<typeof SourceSchema>, 'reports'> & { reports?: string[] }
  >[];
  readonly organizations?: readonly DeepReadonly<z.input<typeof OrganizationSchema>>[];
  readonly people?: readonly DeepReadonly<PersonInput>[];
  readonly documents?: readonly DeepReadonly<z.input<typeof DocumentSchema>>[];
  readonly meetings?: readonly DeepReadonly<
    Omit<z.input<typeof MeetingSchema>, 'metrics'> & { metrics?: string[] }
  >[];
  readonly metrics?: readonly DeepReadonly<z.input<typeof MetricSchema>>[];
  readonly indicators?: readonly DeepReadonly<z.input<typeof IndicatorSchema>>[];
  readonly conflicts?: readonly DeepReadonly<z.input<typeof ConflictSchema>>[];
  readonly redirects?: readonly DeepReadonly<z.input<typeof RedirectSchema>>[];
}
