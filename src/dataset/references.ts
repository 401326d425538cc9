import type { CollectionName } from '../schemas/conflict.js';
import type { RecordOf } from './collections.js';
import type { FieldPath } from './problem.js';

/** A reference from one record to another. */
export interface Reference {
  readonly path: FieldPath;
  readonly target: CollectionName;
  readonly id: string;
}

type ReferenceLister<C extends CollectionName> = (record: RecordOf<C>) => Reference[];

const ref = (path: FieldPath, target: CollectionName, id: string): Reference => ({
  path,
  target,
  id,
});
const each = (path: FieldPath, target: CollectionName, ids: readonly string[]): Reference[] =>
  ids.map((id, index) => ref([...path, index], target, id));

const LISTERS: { [C in CollectionName]: ReferenceLister<C> } = {
  sources: (source) => [
    ...(source.publisher?.organization
      ? [ref(['publisher', 'organization'], 'organizations', source.publisher.organization)]
      : []),
    ...source.contributors.flatMap((contributor, index) =>
      contributor.organization
        ? [ref(['contributors', index, 'organization'], 'organizations', contributor.organization)]
        : [],
    ),
    ...each(['reports'], 'meetings', source.reports),
  ],
  organizations: (organization) =>
    organization.parent ? [ref(['parent'], 'organizations', organization.parent)] : [],
  people: (person) => [
    ...person.ranks.map((claim, index) =>
      ref(['ranks', index, 'meeting'], 'meetings', claim.meeting),
    ),
    ...person.positions.flatMap((claim, index) => [
      ref(['positions', index, 'meeting'], 'meetings', claim.meeting),
      ...(claim.organization
        ? [ref(['positions', index, 'organization'], 'organizations', claim.organization)]
        : []),
    ]),
  ],
  documents: (document) => [
    ...(document.issuer ? [ref(['issuer'], 'organizations', document.issuer)] : []),
    ...document.relations.map((relation, index) =>
      ref(['relations', index, 'document'], 'documents', relation.document),
    ),
  ],
  meetings: (meeting) => [
    ...each(['documents'], 'documents', meeting.documents),
    ...meeting.sites.flatMap((site, index) =>
      each(['sites', index, 'chairs'], 'people', site.chairs),
    ),
    ...each(['coChairs'], 'people', meeting.coChairs),
    ...meeting.participants.flatMap((participant, index) => [
      ...(participant.person
        ? [ref(['participants', index, 'person'], 'people', participant.person)]
        : []),
      ...(participant.organization
        ? [ref(['participants', index, 'organization'], 'organizations', participant.organization)]
        : []),
    ]),
    ...each(['sources'], 'sources', meeting.sources),
    ...each(['metrics'], 'metrics', meeting.metrics),
  ],
  metrics: (metric) => [
    ref(['meeting'], 'meetings', metric.meeting),
    ref(['indicator'], 'indicators', metric.indicator),
    ...each(['actors'], 'organizations', metric.actors),
  ],
  indicators: () => [],
  conflicts: (conflict) => [ref(['record', 'id'], conflict.record.collection, conflict.record.id)],
  redirects: () => [],
};

/**
 * Every reference a record makes to another record (evidence sources excluded: see
 * `evidenceIn`), with the path of the referring field.
 */
export function referencesOf<C extends CollectionName>(
  collection: C,
  record: RecordOf<C>,
): Reference[] {
  return (LISTERS[collection] as ReferenceLister<C>)(record);
}
