import type { Ids, LookupCollection } from '../../../src/core/collections.js';
import { edtfLabel } from '../../../src/core/dates.js';
import { QUALIFIER_RULES } from '../../../src/core/quantity.js';
import type { Dataset } from '../../../src/dataset.js';
import { conflictsFor } from '../../../src/helpers/provenance.js';
import type {
  Evidence as AnyEvidence,
  FuzzyDate,
  Quantity,
} from '../../../src/schemas/collections.js';

type Evidence = AnyEvidence<Ids>;
import { recordLinks, text } from './markdown.js';

/** A date as the catalogue shows it: the EDTF label and the days it may fall on. */
export function dateText(date: Pick<FuzzyDate, 'edtf' | 'earliest' | 'latest'> | null): string {
  if (date === null) return 'unknown';
  const days =
    date.earliest === date.latest ? '' : ` (${date.earliest ?? '…'} to ${date.latest ?? '…'})`;
  return `${edtfLabel(date.edtf)}${days}`;
}

/** A piece of evidence as the catalogue shows it: a quote in typographic quotes, or the cited place and note. */
export function evidenceText(evidence: Evidence): string {
  return evidence.kind === 'quote'
    ? `“${text(evidence.quote)}”`
    : `cited: ${text(evidence.locator)}, ${text(evidence.note)}`;
}

/** How much evidence of each kind, and from which sources: "2 quotes and 1 cited page, from [a](...), [b](...)". */
export function evidenceSummary(evidence: readonly Evidence[]): string {
  const quotes = evidence.filter((item) => item.kind === 'quote').length;
  const cited = evidence.length - quotes;
  const parts = [
    quotes > 0 ? `${quotes} quote${quotes === 1 ? '' : 's'}` : '',
    cited > 0 ? `${cited} cited` : '',
  ].filter(Boolean);
  return `${parts.join(' and ')}, from ${evidenceSources(evidence)}`;
}

/** Links to the sources that evidence comes from, each once, in order of first use. */
export function evidenceSources(evidence: readonly Evidence[]): string {
  return recordLinks('sources', [...new Set(evidence.map((quote) => quote.source))]);
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
export function boundsText(quantity: Quantity): string {
  const rule = QUALIFIER_RULES[quantity.qualifier];
  const lower =
    quantity.lower === null ? '(open' : `${rule.lowerExclusive ? '(' : '['}${quantity.lower}`;
  const upper =
    quantity.upper === null ? 'open)' : `${quantity.upper}${rule.upperExclusive ? ')' : ']'}`;
  return `${lower}, ${upper}`;
}
