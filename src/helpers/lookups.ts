import { aString, oneOf } from '../core/options.js';
import { type Ids, LOOKUP_COLLECTIONS, type LookupCollection } from '../core/collections.js';
import { findIn, getIn, resolveIn } from '../dataset.js';
import type { BundledIds } from '../generated/ids.js';
import type { RecordTypes } from '../schemas/collections.js';
import { type DatasetOption, helperOptions, type LookupId } from './common.js';

/**
 * A lookup that throws: the record an id names (following redirects from retired ids), or an
 * `UnknownIdError` with the closest ids.
 *
 * @example
 * ```ts
 * import { getPerson, type Getter } from 'mnd-mps-coordination';
 * const lookup: Getter<'people'> = getPerson;
 * ```
 * @category Lookups
 */
export type Getter<C extends LookupCollection> = <I extends Ids = BundledIds>(
  id: LookupId<C, I>,
  options?: DatasetOption<I>,
) => RecordTypes<I>[C];

/**
 * A lookup that does not throw: the record an id names (following redirects), or `undefined`.
 * It accepts any string, such as user input.
 *
 * @example
 * ```ts
 * import { findPerson, type Finder } from 'mnd-mps-coordination';
 * const lookup: Finder<'people'> = findPerson;
 * ```
 * @category Lookups
 */
export type Finder<C extends LookupCollection> = <I extends Ids = BundledIds>(
  id: string,
  options?: DatasetOption<I>,
) => RecordTypes<I>[C] | undefined;

const getter = <C extends LookupCollection>(collection: C): Getter<C> =>
  ((id: unknown, options?: DatasetOption<Ids>) =>
    getIn(helperOptions(options).dataset, collection, id)) as Getter<C>;

const finder = <C extends LookupCollection>(collection: C): Finder<C> =>
  ((id: unknown, options?: DatasetOption<Ids>) =>
    findIn(helperOptions(options).dataset, collection, aString(id, 'id'))) as Finder<C>;

/**
 * The meeting with this id; throws `UnknownIdError` (with the closest ids) when there is none.
 *
 * @function
 * @example
 * ```ts
 * import { getMeeting, getPerson } from 'mnd-mps-coordination';
 * const meeting = getMeeting('annual-review-2022');
 * console.log(meeting.date.edtf, meeting.coChairs.map((id) => getPerson(id).name));
 * ```
 * @category Lookups
 */
export const getMeeting = /* @__PURE__ */ getter('meetings');
/**
 * The official with this id; throws `UnknownIdError` when there is none.
 *
 * @function
 * @example
 * ```ts
 * import { getPerson } from 'mnd-mps-coordination';
 * console.log(getPerson('tran-quoc-to').ranks.map((claim) => claim.asReported));
 * ```
 * @category Lookups
 */
export const getPerson = /* @__PURE__ */ getter('people');
/**
 * The organization with this id; throws `UnknownIdError` when there is none.
 *
 * @function
 * @example
 * ```ts
 * import { getOrganization } from 'mnd-mps-coordination';
 * console.log(getOrganization('ministry-of-public-security').abbreviations);
 * ```
 * @category Lookups
 */
export const getOrganization = /* @__PURE__ */ getter('organizations');
/**
 * The document with this id; throws `UnknownIdError` when there is none.
 *
 * @function
 * @example
 * ```ts
 * import { getDocument } from 'mnd-mps-coordination';
 * console.log(getDocument('decree-03-2019-nd-cp').number?.raw);
 * ```
 * @category Lookups
 */
export const getDocument = /* @__PURE__ */ getter('documents');
/**
 * The metric with this id; throws `UnknownIdError` when there is none.
 *
 * @function
 * @example
 * ```ts
 * import { getMetric } from 'mnd-mps-coordination';
 * console.log(getMetric('annual-review-2024-links-removed').quantity.asReported);
 * ```
 * @category Lookups
 */
export const getMetric = /* @__PURE__ */ getter('metrics');
/**
 * The source with this id; throws `UnknownIdError` when there is none.
 *
 * @function
 * @example
 * ```ts
 * import { getSource } from 'mnd-mps-coordination';
 * console.log(getSource('qdnd-549232').url);
 * ```
 * @category Lookups
 */
export const getSource = /* @__PURE__ */ getter('sources');
/**
 * The indicator with this id; throws `UnknownIdError` when there is none.
 *
 * @function
 * @example
 * ```ts
 * import { getIndicator } from 'mnd-mps-coordination';
 * console.log(getIndicator('links-removed').unit);
 * ```
 * @category Lookups
 */
export const getIndicator = /* @__PURE__ */ getter('indicators');
/**
 * The conflict with this id; throws `UnknownIdError` when there is none.
 *
 * @function
 * @example
 * ```ts
 * import { getConflict } from 'mnd-mps-coordination';
 * console.log(getConflict('nguyen-tan-cuong-rank-2024').claims.length);
 * ```
 * @category Lookups
 */
export const getConflict = /* @__PURE__ */ getter('conflicts');
/**
 * The meeting with this id, or `undefined`: for any string, such as user input.
 *
 * @function
 * @example
 * ```ts
 * import { findMeeting } from 'mnd-mps-coordination';
 * findMeeting('annual-review-2031'); // undefined
 * ```
 * @category Lookups
 */
export const findMeeting = /* @__PURE__ */ finder('meetings');
/**
 * The official with this id, or `undefined`.
 *
 * @function
 * @example
 * ```ts
 * import { findPerson } from 'mnd-mps-coordination';
 * findPerson('tran-quoc-to')?.name; // 'Tran Quoc To'
 * ```
 * @category Lookups
 */
export const findPerson = /* @__PURE__ */ finder('people');
/**
 * The organization with this id, or `undefined`.
 *
 * @function
 * @example
 * ```ts
 * import { findOrganization } from 'mnd-mps-coordination';
 * findOrganization('general-staff')?.name;
 * ```
 * @category Lookups
 */
export const findOrganization = /* @__PURE__ */ finder('organizations');
/**
 * The document with this id, or `undefined`.
 *
 * @function
 * @example
 * ```ts
 * import { findDocument } from 'mnd-mps-coordination';
 * findDocument('decree-77')?.title;
 * ```
 * @category Lookups
 */
export const findDocument = /* @__PURE__ */ finder('documents');
/**
 * The metric with this id, or `undefined`.
 *
 * @function
 * @example
 * ```ts
 * import { findMetric } from 'mnd-mps-coordination';
 * findMetric('annual-review-2022-links-removed')?.quantity.asReported;
 * ```
 * @category Lookups
 */
export const findMetric = /* @__PURE__ */ finder('metrics');
/**
 * The source with this id, or `undefined`.
 *
 * @function
 * @example
 * ```ts
 * import { findSource } from 'mnd-mps-coordination';
 * findSource('qdnd-549232')?.publisher?.name;
 * ```
 * @category Lookups
 */
export const findSource = /* @__PURE__ */ finder('sources');
/**
 * The indicator with this id, or `undefined`.
 *
 * @function
 * @example
 * ```ts
 * import { findIndicator } from 'mnd-mps-coordination';
 * findIndicator('links-removed')?.label;
 * ```
 * @category Lookups
 */
export const findIndicator = /* @__PURE__ */ finder('indicators');
/**
 * The conflict with this id, or `undefined`.
 *
 * @function
 * @example
 * ```ts
 * import { findConflict } from 'mnd-mps-coordination';
 * findConflict('nguyen-tan-cuong-rank-2024')?.kind;
 * ```
 * @category Lookups
 */
export const findConflict = /* @__PURE__ */ finder('conflicts');

/**
 * The live id an id resolves to in a collection: the id itself when it names a record, its
 * successor when it was retired with a redirect (following chains), or `undefined`.
 *
 * @example
 * ```ts
 * import { resolveId } from 'mnd-mps-coordination';
 * resolveId('meetings', 'annual-review-2022'); // 'annual-review-2022'
 * resolveId('meetings', 'no-such-meeting'); // undefined
 * ```
 * @category Lookups
 */
export function resolveId<I extends Ids = BundledIds>(
  collection: LookupCollection,
  id: string,
  options?: DatasetOption<I>,
): string | undefined {
  const { dataset } = helperOptions(options);
  const name = oneOf(collection, LOOKUP_COLLECTIONS, 'collection');
  return resolveIn(dataset as never, name, aString(id, 'id'));
}
/**
 * The place with this id; throws `UnknownIdError` (with the closest ids) when there is none.
 *
 * @function
 * @example
 * ```ts
 * import { getPlace } from 'mnd-mps-coordination';
 * console.log(getPlace('nghe-an').level); // 'province'
 * ```
 * @category Lookups
 */
export const getPlace = /* @__PURE__ */ getter('places');
/**
 * The place with this id, or `undefined`.
 *
 * @function
 * @example
 * ```ts
 * import { findPlace } from 'mnd-mps-coordination';
 * findPlace('quang-ninh')?.name; // 'Quang Ninh'
 * ```
 * @category Lookups
 */
export const findPlace = /* @__PURE__ */ finder('places');
