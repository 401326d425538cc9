import type { Dataset } from '../dataset/dataset.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { compareStrings } from '../lib/compare-dates.js';
import type { DeepReadonly } from '../lib/deep-freeze.js';
import type { CollectionName } from '../schemas/conflict.js';
import type { Evidence } from '../schemas/evidence.js';
import type { FuzzyDate } from '../schemas/fuzzy-date.js';
import type { DocumentId } from '../generated/documents.js';
import type { OrganizationId } from '../generated/organizations.js';
import type { PersonId } from '../generated/people.js';
import { datasetArgument } from './internal/dataset-argument.js';
import { dateBounds, type DateInput, overlaps } from './internal/date-input.js';
import { optionsArgument } from './internal/options-argument.js';
import { perDataset } from './internal/per-dataset.js';
import { requireRecord } from './internal/record-index.js';

/**
 * The kinds of dated events, in the order events on the same dates are listed.
 *
 * @example
 * ```ts
 * import { TIMELINE_EVENT_KINDS } from 'mnd-mps-coordination';
 * TIMELINE_EVENT_KINDS; // ['document-issued', 'meeting', 'rank', 'position']
 * ```
 * @category Timelines
 */
export const TIMELINE_EVENT_KINDS = ['document-issued', 'meeting', 'rank', 'position'] as const;

/**
 * What a timeline event is: a document's issue, a meeting, or a rank or position as a report
 * gives it (dated by the report's meeting).
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
 * One dated event of the dataset, with the records it involves and its evidence.
 *
 * @example
 * ```ts
 * import { timeline, type TimelineEvent } from 'mnd-mps-coordination';
 * const first: TimelineEvent | undefined = timeline()[0];
 * console.log(first?.date.edtf, first?.label);
 * ```
 * @category Timelines
 */
export interface TimelineEvent {
  /** Stable within a dataset: "meeting:annual-review-2022", "rank:nguyen-tan-cuong:0". */
  readonly id: string;
  readonly kind: TimelineEventKind;
  readonly date: DeepReadonly<FuzzyDate>;
  readonly label: string;
  /** The record the event comes from. */
  readonly record: { readonly collection: CollectionName; readonly id: string };
  /** The meeting the event is (or is dated by), if any. */
  readonly meeting: string | null;
  readonly people: readonly string[];
  readonly organizations: readonly string[];
  readonly documents: readonly string[];
  readonly evidence: readonly DeepReadonly<Evidence>[];
}

/**
 * Options of {@link timeline}. Every filter narrows the result; none given means every event.
 *
 * @example
 * ```ts
 * import { timeline, type TimelineOptions } from 'mnd-mps-coordination';
 * const options: TimelineOptions = { from: '2021', to: '2023', kinds: ['meeting'], person: 'tran-quoc-to' };
 * timeline(options);
 * ```
 * @category Timelines
 */
export interface TimelineOptions {
  /** Events whose dates reach into this date or later (an event overlapping the bound is kept). */
  readonly from?: DateInput;
  /** Events whose dates reach back to this date or earlier. */
  readonly to?: DateInput;
  /** Only these kinds. */
  readonly kinds?: readonly TimelineEventKind[];
  /** Only events involving this person (id; retired ids resolve). */
  readonly person?: PersonId | (string & {});
  /** Only events involving this organization. */
  readonly organization?: OrganizationId | (string & {});
  /** Only events involving this document. */
  readonly document?: DocumentId | (string & {});
  readonly dataset?: Dataset;
}

/** Freezes what an event owns; its date and evidence are parts of the (frozen) dataset. */
function freezeEvent(event: TimelineEvent): TimelineEvent {
  Object.freeze(event.record);
  Object.freeze(event.people);
  Object.freeze(event.organizations);
  Object.freeze(event.documents);
  return Object.freeze(event);
}

const eventsOf = /* @__PURE__ */ perDataset((dataset): readonly TimelineEvent[] => {
  const names = new Map(dataset.people.map((person) => [person.id, person.name]));
  // Each event's sort keys in arrays beside it (first and last day, open ends as the extremes; kind;
  // position of the claim in its record), and positions sorted instead of wrapper objects: at a
  // million events every object allocated here is work for the garbage collector.
  const events: TimelineEvent[] = [];
  const starts: string[] = [];
  const ends: string[] = [];
  const kindOrders: number[] = [];
  const claimIndexes: number[] = [];
  const add = (event: TimelineEvent, kindOrder: number, claimIndex = 0) => {
    events.push(event);
    starts.push(event.date.earliest ?? '');
    ends.push(event.date.latest ?? '\uffff');
    kindOrders.push(kindOrder);
    claimIndexes.push(claimIndex);
  };
  const [issuedOrder, meetingOrder, rankOrder, positionOrder] = (
    ['document-issued', 'meeting', 'rank', 'position'] as const
  ).map((kind) => TIMELINE_EVENT_KINDS.indexOf(kind)) as [number, number, number, number];
  for (const meeting of dataset.meetings) {
    const people = new Set<string>(meeting.coChairs);
    for (const site of meeting.sites) for (const chair of site.chairs) people.add(chair);
    const organizations = new Set<string>();
    for (const participant of meeting.participants) {
      if (participant.person) people.add(participant.person);
      if (participant.organization) organizations.add(participant.organization);
    }
    add(
      {
        id: `meeting:${meeting.id}`,
        kind: 'meeting',
        date: meeting.date,
        label: meeting.title,
        record: { collection: 'meetings', id: meeting.id },
        meeting: meeting.id,
        people: [...people],
        organizations: [...organizations],
        documents: meeting.documents,
        evidence: meeting.evidence,
      },
      meetingOrder,
    );
  }
  for (const document of dataset.documents) {
    if (!document.issued) continue;
    add(
      {
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
      },
      issuedOrder,
    );
  }
  for (const person of dataset.people) {
    const name = names.get(person.id);
    person.ranks.forEach((claim, index) => {
      const event: TimelineEvent = {
        id: `rank:${person.id}:${index}`,
        kind: 'rank',
        date: claim.asOf,
        label: `${name}: ${claim.asReported}`,
        record: { collection: 'people', id: person.id },
        meeting: claim.meeting,
        people: [person.id],
        organizations: [],
        documents: [],
        evidence: claim.evidence,
      };
      add(event, rankOrder, index);
    });
    person.positions.forEach((claim, index) => {
      const organizations = claim.organization ? [claim.organization] : [];
      const event: TimelineEvent = {
        id: `position:${person.id}:${index}`,
        kind: 'position',
        date: claim.asOf,
        label: `${name}: ${claim.asReported}`,
        record: { collection: 'people', id: person.id },
        meeting: claim.meeting,
        people: [person.id],
        organizations,
        documents: [],
        evidence: claim.evidence,
      };
      add(event, positionOrder, index);
    });
  }
  const order = Array.from(events.keys()).sort(
    (a, b) =>
      compareStrings(starts[a]!, starts[b]!) ||
      compareStrings(ends[a]!, ends[b]!) ||
      kindOrders[a]! - kindOrders[b]! ||
      compareStrings(events[a]!.record.id, events[b]!.record.id) ||
      claimIndexes[a]! - claimIndexes[b]!,
  );
  return Object.freeze(order.map((position) => freezeEvent(events[position]!)));
});

/** The position of the first event that starts after `day` (events are sorted by their first day, open starts first). */
function firstStartingAfter(events: readonly TimelineEvent[], day: string): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((events[middle]!.date.earliest ?? '') > day) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Every dated event of a dataset (meetings, document issue dates, and each rank and position as
 * reported) sorted by date: by first possible day, then last, then kind. Filters narrow it by
 * date, kind, person, organization or document. A date filter keeps every event whose dates
 * overlap it, so a meeting known only to the year 2018 is kept by `from: '2018-07'`.
 *
 * @example
 * ```ts
 * import { timeline } from 'mnd-mps-coordination';
 * for (const event of timeline({ person: 'nguyen-tan-cuong', kinds: ['rank'] })) {
 *   console.log(event.date.edtf, event.label, event.evidence[0]?.source);
 * }
 * ```
 * @category Timelines
 */
export function timeline(options?: TimelineOptions): TimelineEvent[] {
  const {
    dataset: given,
    from,
    to,
    kinds = TIMELINE_EVENT_KINDS,
    person: personId,
    organization: organizationId,
    document: documentId,
  } = optionsArgument(options);
  const dataset = datasetArgument(given);
  const bounds = dateBounds(from, to);
  if (!Array.isArray(kinds))
    throw new InvalidArgumentError(
      'kinds',
      `expected an array of kinds (${TIMELINE_EVENT_KINDS.join(', ')})`,
    );
  for (const kind of kinds) {
    if (!(TIMELINE_EVENT_KINDS as readonly string[]).includes(kind))
      throw new InvalidArgumentError(
        'kinds',
        `unknown kind ${JSON.stringify(kind)}; kinds are ${TIMELINE_EVENT_KINDS.join(', ')}`,
      );
  }
  const person =
    personId === undefined ? undefined : requireRecord(dataset, 'people', personId, 'person').id;
  const organization =
    organizationId === undefined
      ? undefined
      : requireRecord(dataset, 'organizations', organizationId, 'organization').id;
  const document =
    documentId === undefined
      ? undefined
      : requireRecord(dataset, 'documents', documentId, 'document').id;
  const events = eventsOf(dataset);
  const everyKind = TIMELINE_EVENT_KINDS.every((kind) => kinds.includes(kind));
  // Events after the end cannot overlap the range: stop there instead of testing them.
  const end = bounds.end === null ? events.length : firstStartingAfter(events, bounds.end);
  const chosen: TimelineEvent[] = [];
  for (let index = 0; index < end; index += 1) {
    const event = events[index]!;
    if (
      (everyKind || kinds.includes(event.kind)) &&
      overlaps(event.date, bounds) &&
      (person === undefined || event.people.includes(person)) &&
      (organization === undefined || event.organizations.includes(organization)) &&
      (document === undefined || event.documents.includes(document))
    ) {
      chosen.push(event);
    }
  }
  return chosen;
}
