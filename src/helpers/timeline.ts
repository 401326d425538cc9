import type { Ids } from '../core/collections.js';
import { compareSpans, dateBounds, type DateInput, overlaps } from '../core/dates.js';
import { compareStrings } from '../core/text.js';
import { InvalidArgumentError } from '../core/errors.js';
import { ensure } from '../core/options.js';
import { shown } from '../core/text.js';
import type { Dataset } from '../dataset.js';
import { deepFreeze } from '../core/freeze.js';
import type { BundledIds } from '../generated/ids.js';
import type { Evidence, FuzzyDate, RecordTypes } from '../schemas/collections.js';
import {
  type DatasetOption,
  frozenGroups,
  helperOptions,
  NONE,
  optionalId,
  quotedOnlyIn,
  where,
} from './common.js';
import { isQuoted } from '../core/evidence.js';
import { peopleAt } from './filters.js';

/**
 * The kinds of dated events, in the order events on the same dates are listed.
 *
 * @example
 * ```ts
 * import { TIMELINE_EVENT_KINDS } from 'mnd-mps-coordination';
 * TIMELINE_EVENT_KINDS; // ['document-issued', 'meeting', 'promotion', 'appointment', 'rank', 'position']
 * ```
 * @category Timelines
 */
export const TIMELINE_EVENT_KINDS = [
  'document-issued',
  'meeting',
  'promotion',
  'appointment',
  'rank',
  'position',
] as const;

/**
 * What a timeline event is: a document's issue, a meeting, a promotion or appointment on its own
 * date, or a rank or position as a report of a meeting gives it.
 *
 * @example
 * ```ts
 * import type { TimelineEventKind } from 'mnd-mps-coordination';
 * const kinds: TimelineEventKind[] = ['meeting', 'document-issued'];
 * ```
 * @category Timelines
 */
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];

/**
 * One dated event of a dataset, with the records it involves and its evidence.
 *
 * @example
 * ```ts
 * import { findRecord, timeline, type TimelineEvent } from 'mnd-mps-coordination';
 * const first: TimelineEvent | undefined = timeline()[0];
 * if (first?.meeting) console.log(findRecord('meetings', first.meeting)?.title);
 * ```
 * @category Timelines
 */
export interface TimelineEvent<I extends Ids = BundledIds> {
  /** Stable within a dataset: "meeting:annual-review-2022", "rank:nguyen-tan-cuong:0". */
  readonly id: string;
  readonly kind: TimelineEventKind;
  readonly date: FuzzyDate<I>;
  readonly label: string;
  /** The record the event comes from. */
  readonly record: {
    readonly collection: 'meetings' | 'documents' | 'people';
    readonly id: string;
  };
  /** The meeting the event is (or is dated by), if any. */
  readonly meeting: I['meetings'] | null;
  readonly people: readonly I['people'][];
  readonly organizations: readonly I['organizations'][];
  readonly documents: readonly I['documents'][];
  readonly evidence: readonly Evidence<I>[];
}

/**
 * Options of {@link timeline}: every filter narrows the result; none given means every event.
 *
 * @example
 * ```ts
 * import { timeline, type TimelineOptions } from 'mnd-mps-coordination';
 * const options: TimelineOptions = { from: '2021', to: '2023', kinds: ['meeting'], person: 'tran-quoc-to' };
 * timeline(options);
 * ```
 * @category Timelines
 */
export interface TimelineOptions<I extends Ids = BundledIds> extends DatasetOption<I> {
  /** Events whose dates reach into this date or later (an event overlapping the bound is kept). */
  readonly from?: DateInput;
  /** Events whose dates reach back to this date or earlier. */
  readonly to?: DateInput;
  /** Only these kinds. */
  readonly kinds?: readonly TimelineEventKind[];
  /** Only events involving this person (retired ids resolve). */
  readonly person?: I['people'];
  /** Only events involving this organization. */
  readonly organization?: I['organizations'];
  /** Only events involving this document. */
  readonly document?: I['documents'];
  /** Only events that a quote of a bundled text states (not those that rest on cited pages alone). */
  readonly quotedOnly?: boolean;
}

/** Every event of a dataset, unsorted. */
function eventsOf<I extends Ids>(records: Dataset<I>): TimelineEvent<I>[] {
  const events: TimelineEvent<I>[] = [];
  for (const meeting of records.meetings) {
    const organizations = meeting.participants.flatMap(
      (participant) => participant.organization ?? [],
    );
    events.push({
      id: `meeting:${meeting.id}`,
      kind: 'meeting',
      date: meeting.date,
      label: meeting.title,
      record: { collection: 'meetings', id: meeting.id },
      meeting: meeting.id,
      people: peopleAt(records, meeting),
      organizations: [...new Set(organizations)],
      documents: meeting.documents,
      evidence: meeting.evidence,
    });
  }
  for (const document of records.documents) {
    if (!document.issued) continue;
    events.push({
      id: `document-issued:${document.id}`,
      kind: 'document-issued',
      date: document.issued,
      label: `${document.title} issued`,
      record: { collection: 'documents', id: document.id },
      meeting: null,
      people: [],
      organizations: document.issuer ? [document.issuer] : [],
      documents: [document.id],
      evidence: document.issued.evidence,
    });
  }
  for (const person of records.people) {
    const claim =
      (field: 'rank' | 'position', organizations: readonly I['organizations'][]) =>
      (claim: RecordTypes<I>['people']['ranks' | 'positions'][number], index: number) =>
        events.push({
          id: `${field}:${person.id}:${index}`,
          kind: claim.kind === 'reported' ? field : claim.kind,
          date: claim.asOf,
          label: `${person.name}: ${claim.asReported}`,
          record: { collection: 'people', id: person.id },
          meeting: claim.meeting,
          people: [person.id],
          organizations,
          documents: [],
          evidence: claim.evidence,
        });
    person.ranks.forEach(claim('rank', []));
    person.positions.forEach((position, index) =>
      claim('position', position.organization ? [position.organization] : [])(position, index),
    );
  }
  return events;
}

const TIMELINE_OPTIONS = [
  'from',
  'to',
  'kinds',
  'person',
  'organization',
  'document',
  'quotedOnly',
] as const;
const kindOrder = (kind: TimelineEventKind) => TIMELINE_EVENT_KINDS.indexOf(kind);
const claimIndex = (event: TimelineEvent<Ids>) => Number(event.id.split(':')[2] ?? 0);

const EVENTS = Symbol('timeline events');

/**
 * A dataset's events, sorted and frozen, and the events of each person, organization and
 * document: built once per dataset, so that a call only filters what it is asked about.
 */
const eventIndex = <I extends Ids>(dataset: Dataset<I>) =>
  dataset.built(EVENTS, (all) => {
    const events = deepFreeze(
      eventsOf(all).sort(
        (a, b) =>
          compareSpans(a.date, b.date) ||
          kindOrder(a.kind) - kindOrder(b.kind) ||
          compareStrings(a.record.id, b.record.id) ||
          claimIndex(a as never) - claimIndex(b as never),
      ),
    );
    return {
      events,
      person: frozenGroups(events, (event) => event.people),
      organization: frozenGroups(events, (event) => event.organizations),
      document: frozenGroups(events, (event) => event.documents),
    };
  });

/**
 * Every dated event of a dataset (meetings, document issue dates, each rank and position as
 * reported) sorted by date: by first possible day, then last, then kind, then record. Filters
 * narrow it by date, kind, person, organization or document. A date filter keeps every event
 * whose dates overlap it, so a meeting known only to the year 2018 is kept by `from: '2018-07'`.
 * The list and its events are frozen (the dataset keeps them): copy the list to reorder it.
 *
 * @throws {@link InvalidArgumentError} for an option that is not one, a kind that is not one or
 * a range that ends before it starts, and {@link UnknownIdError} for an unknown person,
 * organization or document.
 * @example
 * ```ts
 * import { timeline } from 'mnd-mps-coordination';
 * for (const event of timeline({ person: 'nguyen-tan-cuong', kinds: ['rank'] })) {
 *   console.log(event.date.edtf, event.label, event.evidence[0]?.source);
 * }
 * ```
 * @category Timelines
 */
export function timeline<I extends Ids = BundledIds>(
  options?: TimelineOptions<I>,
): readonly TimelineEvent<I>[] {
  const given = helperOptions(options, TIMELINE_OPTIONS);
  const { dataset, kinds = TIMELINE_EVENT_KINDS } = given;
  const bounds = dateBounds(given.from, given.to);
  const known = TIMELINE_EVENT_KINDS.join(', ');
  ensure(Array.isArray(kinds), 'kinds', `a list of kinds (${known})`, kinds);
  for (const kind of kinds)
    if (!(TIMELINE_EVENT_KINDS as readonly unknown[]).includes(kind))
      throw new InvalidArgumentError('kinds', `unknown kind ${shown(kind)}; kinds are ${known}`);
  const person = optionalId(dataset, 'people', given.person, 'person');
  const organization = optionalId(dataset, 'organizations', given.organization, 'organization');
  const document = optionalId(dataset, 'documents', given.document, 'document');
  const quotedOnly = quotedOnlyIn(given.quotedOnly);
  const index = eventIndex(dataset);
  // Start from the events of the record asked about (indexed), not from every event.
  const candidates =
    (person === undefined ? undefined : (index.person.get(person) ?? NONE)) ??
    (organization === undefined ? undefined : (index.organization.get(organization) ?? NONE)) ??
    (document === undefined ? undefined : (index.document.get(document) ?? NONE)) ??
    index.events;
  const open = bounds.earliest === null && bounds.latest === null;
  return where(candidates, [
    (kinds as unknown) !== TIMELINE_EVENT_KINDS &&
      ((event) => (kinds as readonly string[]).includes(event.kind)),
    quotedOnly && ((event) => isQuoted(event.evidence)),
    !open && ((event) => overlaps(event.date, bounds)),
    person !== undefined &&
      organization !== undefined &&
      ((event) => event.organizations.includes(organization)),
    document !== undefined &&
      (person !== undefined || organization !== undefined) &&
      ((event) => event.documents.includes(document)),
  ]);
}
