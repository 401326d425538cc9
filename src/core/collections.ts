/**
 * The collections of the dataset, in the order they are loaded and listed. The zod schemas
 * (`COLLECTIONS` in `mnd-mps-coordination/schemas`) attach a schema, a singular name and a
 * description to each; nothing here loads zod.
 *
 * @example
 * ```ts
 * import { COLLECTION_NAMES } from 'mnd-mps-coordination';
 * console.log(COLLECTION_NAMES.join(', '));
 * ```
 * @category Records
 */
export const COLLECTION_NAMES = [
  'sources',
  'organizations',
  'places',
  'people',
  'documents',
  'meetings',
  'metrics',
  'indicators',
  'conflicts',
  'redirects',
] as const;

/**
 * A collection of the dataset.
 *
 * @example
 * ```ts
 * import type { CollectionName } from 'mnd-mps-coordination';
 * const collection: CollectionName = 'meetings';
 * ```
 * @category Records
 */
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/**
 * The collections whose records can be looked up and named by id: every collection but
 * `redirects`.
 *
 * @example
 * ```ts
 * import type { LookupCollection } from 'mnd-mps-coordination';
 * const collection: LookupCollection = 'people';
 * ```
 * @category Records
 */
export type LookupCollection = Exclude<CollectionName, 'redirects'>;

/**
 * The fields that name the records of a collection (names, titles, numbers, in each language and
 * spelling), as paths, in the order a search weighs them: search finds records by them first, and
 * the SQLite export's full-text index holds them.
 */
export const NAME_FIELDS: { readonly [C in CollectionName]?: readonly string[] } = {
  organizations: ['name', 'vietnameseName', 'abbreviations', 'otherNames'],
  places: ['name', 'vietnameseName', 'otherNames'],
  people: ['name', 'vietnameseName', 'otherNames'],
  documents: ['title', 'otherTitles', 'number.raw'],
  meetings: ['title'],
};

/** An object with one value per collection, in load order: what `make` returns for its name. */
export function perCollection<T>(make: (name: CollectionName) => T): Record<CollectionName, T> {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, make(name)])) as Record<
    CollectionName,
    T
  >;
}

/** The lookup collections, in load order. */
export const LOOKUP_COLLECTIONS = COLLECTION_NAMES.filter(
  (name): name is LookupCollection => name !== 'redirects',
);

/**
 * The id type of each collection. The bundled records use {@link BundledIds}, whose members are
 * literal unions of the ids that exist, so that a misspelt id does not compile; a dataset made
 * with `createDataset` uses plain strings.
 *
 * @example
 * ```ts
 * import type { Ids, Meeting } from 'mnd-mps-coordination';
 * const titleOf = (meeting: Meeting<Ids>) => meeting.title; // a meeting of any dataset
 * ```
 * @category Records
 */
export type Ids = { readonly [C in CollectionName]: string };

declare const referenceBrand: unique symbol;

/**
 * How a schema marks a field that holds the id of a record of collection `C` (or, for
 * `CollectionName` as a whole, of the collection another field names). Record types replace it
 * with the id type of the dataset: `PersonId` for the bundled records, `string` for others.
 *
 * @example
 * ```ts
 * import type { Reference } from 'mnd-mps-coordination/schemas';
 * type ChairField = Reference<'people'>;
 * ```
 * @category Schemas
 */
export type Reference<C extends CollectionName> = string & { readonly [referenceBrand]: C };

/**
 * A parsed value as a dataset holds it: deeply read-only, with every {@link Reference} replaced
 * by the id type `I` gives its collection.
 *
 * @example
 * ```ts
 * import type { BundledIds, Reference, WithIds } from 'mnd-mps-coordination';
 * type Chairs = WithIds<{ chairs: Reference<'people'>[] }, BundledIds>; // { readonly chairs: readonly PersonId[] }
 * ```
 * @category Records
 */
export type WithIds<T, I extends Ids> = T extends string | number | boolean | null | undefined
  ? T extends Reference<CollectionName>
    ? { [C in CollectionName]: Reference<C> extends T ? I[C] : never }[CollectionName]
    : T
  : T extends readonly (infer Item)[]
    ? readonly WithIds<Item, I>[]
    : { readonly [K in keyof T]: WithIds<T[K], I> };
