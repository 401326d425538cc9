import type { RecordOf } from '../../../src/dataset/collections.js';
import type { Dataset } from '../../../src/dataset/dataset.js';
import { conflictsFor } from '../../../src/helpers/conflicts-for.js';
import type { LookupCollection } from '../../../src/helpers/internal/record-argument.js';
import { edtfLabel } from '../../../src/lib/edtf.js';
import { QUALIFIER_RULES } from '../../../src/schemas/quantity.js';
import { recordLinks, text } from './markdown.js';

type FuzzyDate = RecordOf<'meetings'>['date'];
type Evidence = RecordOf<'meetings'>['evidence'];

/** A date as the catalogue shows it: the EDTF label, the days it may fall on, and its basis when not stated. */
export function dateText(date: FuzzyDate | null): string {
  if (date === null) return 'unknown';
  const days =
    date.earliest === date.latest ? '' : ` (${date.earliest ?? '…'} to ${date.latest ?? '…'})`;
  const basis =
    date.basis === 'stated' ? '' : `, ${date.basis}${date.note ? `: ${text(date.note)}` : ''}`;
  return `${edtfLabel(date.edtf)}${days}${basis}`;
}

/** Links to the sources that evidence quotes come from, each once, in order of first use. */
export function evidenceSources(evidence: Evidence): string {
  return recordLinks('sources', [...new Set(evidence.map((quote) => quote.source))]);
}

/** The fields a record's curator inferred, by field path, or undefined when there are none. */
export function inferredFields(record: {
  readonly inferences: RecordOf<'meetings'>['inferences'];
}): string | undefined {
  if (record.inferences.length === 0) return undefined;
  return record.inferences
    .map((inference) => `\`${inference.field}\` (${text(inference.note)})`)
    .join('; ');
}

/** Links to the conflicts recorded about a record, or undefined when there are none. */
export function conflictLinks(
  dataset: Dataset,
  collection: LookupCollection,
  id: string,
): string | undefined {
  const conflicts = conflictsFor({ collection, id }, { dataset });
  return conflicts.length === 0
    ? undefined
    : recordLinks(
        'conflicts',
        conflicts.map((conflict) => conflict.id),
      );
}

/** A quantity's bounds as an interval: "[463, 463]", "(13000, open)"; an open or unknown bound reads "open". */
export function boundsText(quantity: RecordOf<'metrics'>['quantity']): string {
  const rule = QUALIFIER_RULES[quantity.qualifier];
  const lower =
    quantity.lower === null ? '(open' : `${rule.lowerExclusive ? '(' : '['}${quantity.lower}`;
  const upper =
    quantity.upper === null ? 'open)' : `${quantity.upper}${rule.upperExclusive ? ')' : ']'}`;
  return `${lower}, ${upper}`;
}
