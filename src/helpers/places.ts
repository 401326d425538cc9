import type { Ids } from '../core/collections.js';
import { isQuoted } from '../core/evidence.js';
import { groupBy } from '../core/group.js';
import type { Dataset } from '../dataset.js';
import type { BundledIds } from '../generated/ids.js';
import type { Meeting, Metric, Organization, Place } from '../schemas/collections.js';
import {
  type DatasetOption,
  frozenGroups,
  helperOptions,
  NONE,
  type QuotedOption,
  quotedOnlyIn,
} from './common.js';
import { compareStrings } from '../core/text.js';

const CHILDREN = Symbol('places by parent');
const BY_PLACE = Symbol('records by place');

/**
 * The ids of a place (an id argument, checked) and of every place inside it, however deep,
 * nearest first. Linear in the places inside it.
 */
export function placeIdsWithin<I extends Ids>(
  dataset: Dataset<I>,
  place: unknown,
  argument: string,
): Set<string> {
  const children = dataset.built(CHILDREN, (all) =>
    groupBy(all.places, (candidate) => candidate.parent ?? ''),
  );
  const within = new Set<string>([dataset.get('places', place, argument).id]);
  for (const id of within) for (const child of children.get(id) ?? []) within.add(child.id);
  return within;
}

/**
 * What the dataset records in a place, the places inside it included: the places themselves,
 * the local bodies, the meetings held there (or with a site there), and the metrics scoped there.
 *
 * @example
 * ```ts
 * import { recordsInPlace } from 'mnd-mps-coordination';
 * const inNgheAn = recordsInPlace('nghe-an');
 * console.log(inNgheAn.organizations.map((body) => body.name));
 * ```
 * @category Lookups
 */
export interface RecordsInPlace<I extends Ids = BundledIds> {
  /** The place asked for, then every place inside it. */
  readonly places: readonly Place<I>[];
  readonly organizations: readonly Organization<I>[];
  readonly meetings: readonly Meeting<I>[];
  readonly metrics: readonly Metric<I>[];
}

/**
 * Everything recorded in a place and the places inside it: "everything in Nghe An" finds the
 * Tam Hop commune bodies through Tuong Duong district.
 *
 * @throws {@link UnknownIdError} for an unknown place.
 * @example
 * ```ts
 * import { recordsInPlace } from 'mnd-mps-coordination';
 * recordsInPlace('quang-ninh').metrics.length; // the Quang Ninh figures
 * ```
 * @category Lookups
 */
export function recordsInPlace<I extends Ids = BundledIds>(
  place: I['places'],
  options?: DatasetOption<I> & QuotedOption,
): RecordsInPlace<I> {
  const given = helperOptions<I, 'quotedOnly'>(options, ['quotedOnly']);
  const { dataset } = given;
  const quotedOnly = quotedOnlyIn(given.quotedOnly);
  const within = placeIdsWithin(dataset, place, 'place');
  const index = dataset.built(BY_PLACE, (all) => ({
    organizations: frozenGroups(all.organizations, (body) => body.place ?? ''),
    meetings: frozenGroups(all.meetings, (meeting) => [
      meeting.place ?? '',
      ...meeting.sites.map((site) => site.place ?? ''),
    ]),
    metrics: frozenGroups(all.metrics, (metric) => metric.scope.place ?? ''),
  }));
  /** The records of the places within, once each, in dataset order (by id), quoted as asked. */
  const inside = <
    R extends { readonly id: string; readonly evidence: readonly { readonly kind?: string }[] },
  >(
    lists: ReadonlyMap<string, readonly R[]>,
  ) =>
    [...new Set([...within].flatMap((id) => lists.get(id) ?? NONE))]
      .filter((record) => !quotedOnly || isQuoted(record.evidence))
      .sort((a, b) => compareStrings(a.id, b.id));
  return {
    places: [...within]
      .map((id) => dataset.get('places', id))
      .filter((found) => !quotedOnly || isQuoted(found.evidence)),
    organizations: inside(index.organizations),
    meetings: inside(index.meetings),
    metrics: inside(index.metrics),
  };
}
