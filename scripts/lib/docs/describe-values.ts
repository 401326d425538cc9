import type { CollectionName, Ids, LookupCollection } from '../../../src/core/collections.js';
import { forEachEvidence } from '../../../src/core/evidence.js';
import { formatPath, type FieldPath, valueAt } from '../../../src/core/problem.js';
import { QUALIFIER_RULES } from '../../../src/core/quantity.js';
import type { Dataset } from '../../../src/dataset.js';
import { conflictsFor } from '../../../src/helpers/provenance.js';
import type {
  Evidence as AnyEvidence,
  FuzzyDate,
  Quantity,
} from '../../../src/schemas/collections.js';
import { dateLabel, type RecordLabel } from './labels.js';
import { recordLink, recordLinks, text } from './markdown.js';

type Evidence = AnyEvidence<Ids>;

/** A date as the catalogue shows it: "9 Feb 2023", "H2 2018 (2018-07-01 to 2018-12-31)", with the days a coarse date may fall on. */
export function dateText(date: Pick<FuzzyDate, 'edtf' | 'earliest' | 'latest'> | null): string {
  if (date === null) return 'unknown';
  const days =
    date.earliest === date.latest ? '' : ` (${date.earliest ?? '…'} to ${date.latest ?? '…'})`;
  return `${dateLabel(date.edtf)}${days}`;
}

/**
 * A piece of evidence as the catalogue shows it, saying its kind: a quote checked in the text of a
 * bundled source, or a place on a public page that is cited (its locator) with the curator's note.
 */
export function evidenceText(label: RecordLabel, evidence: Evidence): string {
  const source = recordLink(label, 'sources', evidence.source);
  return evidence.kind === 'quote'
    ? `quote checked in the bundled text of ${source}: “${text(evidence.quote)}”`
    : `cited on the public page ${source}, ${text(evidence.locator)}: ${text(evidence.note)}`;
}

/** A count of things: "1 quote", "2 quotes". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * How much evidence of each kind, and from which sources: "2 quotes checked in bundled texts and
 * 1 place cited on a public page, from [a](...), [b](...)".
 */
export function evidenceSummary(label: RecordLabel, evidence: readonly Evidence[]): string {
  const quotes = evidence.filter((item) => item.kind === 'quote').length;
  const cited = evidence.length - quotes;
  const parts = [
    quotes > 0
      ? count(quotes, 'quote checked in a bundled text', 'quotes checked in bundled texts')
      : '',
    cited > 0 ? count(cited, 'place cited on a public page', 'places cited on public pages') : '',
  ].filter(Boolean);
  return `${parts.join(' and ')}, from ${evidenceSources(label, evidence)}`;
}

/** Links to the sources that evidence comes from, each once, in order of first use. */
export function evidenceSources(label: RecordLabel, evidence: readonly Evidence[]): string {
  return recordLinks(label, 'sources', [...new Set(evidence.map((item) => item.source))]);
}

/** What the evidence directly in a record (not in one of its fields) backs. */
const RECORD_FACT: Partial<Record<CollectionName, string>> = {
  meetings: 'that the meeting took place',
  metrics: 'the figure',
  documents: 'the mentions of the document',
  sources: 'the headline, address and date',
};

/** A part of a record that carries evidence, in words: "the rank “General”", "the site Hanoi bridge". */
function partName(
  label: RecordLabel,
  collection: CollectionName,
  field: string | number | undefined,
  part: Record<string, string | null | undefined>,
): string {
  switch (field) {
    case undefined:
      return RECORD_FACT[collection] ?? 'the name';
    case 'ranks':
      return `the rank “${text(part.asReported ?? '')}”`;
    case 'positions':
      return `the position “${text(part.asReported ?? '')}”`;
    case 'claims':
      return `the claim “${text(part.value ?? '')}”`;
    case 'sites':
      return `the site ${text(part.name ?? '')}`;
    case 'contributors':
      return `the credit to ${text(part.name ?? '')}`;
    case 'relations':
      return `that it ${part.type} ${recordLink(label, 'documents', part.document ?? '')}`;
    case 'participants':
      return `${part.person ? recordLink(label, 'people', part.person) : recordLink(label, 'organizations', part.organization ?? '')} as ${part.role}`;
    case 'periodReviewed':
      return 'the period reviewed';
    case 'issued':
      return 'the date of issue';
    case 'published':
      return 'the date of publication';
    default:
      return `the ${field}`;
  }
}

/** A fact of a record, named by the path of the field that carries its evidence (`ranks[1]`, `ranks[1].asOf`, `date`). */
function factName(
  label: RecordLabel,
  collection: CollectionName,
  record: object,
  path: FieldPath,
): string {
  // A list item (`ranks[1]`) or a field (`date`), then whatever inside it carries the evidence.
  const partLength = typeof path[1] === 'number' ? 2 : 1;
  const part = valueAt(record, path.slice(0, partLength)) as Record<string, string | null>;
  const name = partName(label, collection, path[0], part);
  const inside = path.slice(partLength);
  if (inside.length === 0) return name;
  return inside.join('.') === 'asOf'
    ? `the date of ${name}`
    : `\`${formatPath(inside)}\` of ${name}`;
}

/**
 * The facts of a record that rest on cited pages only (every piece of evidence for them a place
 * cited on a public page, none a quote checked in a bundled text), or "none" when every fact has
 * a checked quote.
 */
export function citedOnlyFacts(
  label: RecordLabel,
  collection: CollectionName,
  record: object,
): string {
  const facts = new Map<string, { path: FieldPath; quoted: boolean }>();
  forEachEvidence(record, (evidence, path) => {
    // The evidence list is the last field of the path, before the index: drop both.
    const factPath = path.slice(0, -2);
    const key = formatPath(factPath);
    const fact = facts.get(key) ?? { path: factPath, quoted: false };
    facts.set(key, { ...fact, quoted: fact.quoted || evidence.kind === 'quote' });
  });
  const citedOnly = [...facts.values()].filter((fact) => !fact.quoted);
  if (citedOnly.length === 0) return 'none: every fact has a quote checked in a bundled text';
  if (citedOnly.length === facts.size)
    return 'every fact: no bundled text backs anything in this record';
  return citedOnly.map((fact) => factName(label, collection, record, fact.path)).join('; ');
}

/** The fields a record's curator inferred, by field path, or undefined when there are none. */
export function inferredFields(record: {
  readonly inferences: readonly { readonly field: string; readonly note: string }[];
}): string | undefined {
  if (record.inferences.length === 0) return undefined;
  return record.inferences
    .map((inference) => `\`${inference.field}\` (${text(inference.note)})`)
    .join('; ');
}

/** Links to the conflicts recorded about a record, or undefined when there are none. */
export function conflictLinks(
  dataset: Dataset<Ids>,
  label: RecordLabel,
  collection: LookupCollection,
  id: string,
): string | undefined {
  const conflicts = conflictsFor(collection, id, { dataset });
  return conflicts.length === 0
    ? undefined
    : recordLinks(
        label,
        'conflicts',
        conflicts.map((conflict) => conflict.id),
      );
}

/** A quantity's bounds as an interval: "[463, 463]", "(13000, open)"; an open or unknown bound reads "open". */
export function boundsText(quantity: Quantity): string {
  const rule = QUALIFIER_RULES[quantity.qualifier];
  const lower =
    quantity.lower === null ? '(open' : `${rule.lowerExclusive ? '(' : '['}${quantity.lower}`;
  const upper =
    quantity.upper === null ? 'open)' : `${quantity.upper}${rule.upperExclusive ? ')' : ']'}`;
  return `${lower}, ${upper}`;
}
