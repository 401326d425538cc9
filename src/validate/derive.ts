import type { Ids } from '../core/collections.js';
import { groupBy } from '../core/group.js';
import type { DatasetRecords } from '../dataset.js';
import { type AuthoredRecords, DERIVED_FIELDS } from '../schemas/collections.js';
import type { Report } from './rule.js';

/** The message for a derived field written by hand. */
export const derivedByHand = (rule: string) =>
  `the build derives this field (${rule}); remove it from the file`;

const CLAIM_DATE_RULE =
  DERIVED_FIELDS.people.find((field) => field.path.join('.') === 'ranks.*.asOf')?.rule ?? '';

/**
 * Makes the published records from the authored ones: the fields the published schemas add
 * (see `DERIVED_FIELDS`): each claim's `asOf` (its meeting's date, for a claim with a meeting),
 * the `level` of meetings and scopes (from their place), each meeting's `metrics` and each
 * source's `reports`, as id lists in id order. A record whose derivation needs a record that
 * is not there (a claim's meeting, a scope's place: reported by the reference rules) is left out,
 * so that every record the rules see is whole. An `asOf` given for a claim with a meeting is
 * replaced, or, with `refuse`, reported. Returns the records and the values copied into them (each
 * claim's `asOf`, a copy of its meeting's date). Linear in the records, given that they are
 * sorted by id.
 */
export function deriveFields(
  authored: AuthoredRecords,
  refuse: Report | null,
): { records: DatasetRecords<Ids>; copied: ReadonlySet<object> } {
  const copied = new Set<object>();
  const dates = new Map(authored.meetings.map((meeting) => [meeting.id, meeting.date]));
  const placeLevels = new Map(authored.places.map((place) => [place.id, place.level]));
  // A country is not a level of scope: the places-fit rule refuses one, and it reads as national here.
  const levelOf = (place: string | null) => {
    if (place === null) return 'national';
    const level = placeLevels.get(place);
    return level === 'country' ? 'national' : level;
  };
  const ids = (list: readonly { readonly id: string }[] = []) => list.map((item) => item.id);
  const metricsOf = groupBy(authored.metrics, (metric) => metric.meeting);
  const reportsOf = groupBy(authored.meetings, (meeting) => meeting.sources);
  const people = authored.people.flatMap((person) => {
    /** The claims of a field, each dated; null when a claim's meeting is not there. */
    const dated = <C extends { readonly meeting: string | null; readonly asOf?: unknown }>(
      field: 'ranks' | 'positions',
      claims: readonly C[],
    ) => {
      const result = claims.map((claim, index) => {
        if (claim.meeting === null) return claim;
        if (claim.asOf !== undefined)
          refuse?.('people', person.id, [field, index, 'asOf'], derivedByHand(CLAIM_DATE_RULE));
        const date = dates.get(claim.meeting);
        const asOf = date && { ...date };
        if (asOf) copied.add(asOf);
        return { ...claim, asOf };
      });
      return result.every((claim) => claim.asOf !== undefined) ? result : null;
    };
    const ranks = dated('ranks', person.ranks);
    const positions = dated('positions', person.positions);
    return ranks && positions ? [{ ...person, ranks, positions }] : [];
  });
  const meetings = authored.meetings.flatMap((meeting) => {
    const level = levelOf(meeting.place);
    return level === undefined
      ? []
      : [{ ...meeting, level, metrics: ids(metricsOf.get(meeting.id)) }];
  });
  const metrics = authored.metrics.flatMap((metric) => {
    const level = levelOf(metric.scope.place);
    return level === undefined ? [] : [{ ...metric, scope: { ...metric.scope, level } }];
  });
  const sources = authored.sources.map((source) => ({
    ...source,
    reports: ids(reportsOf.get(source.id)),
  }));
  // The published schemas are the authored ones with these fields: the shapes agree by construction.
  const records = { ...authored, people, meetings, metrics, sources };
  return { records: records as unknown as DatasetRecords<Ids>, copied };
}
