import { COLLECTION_NAMES, type Ids } from '../../../../src/core/collections.js';
import type { Dataset } from '../../../../src/dataset.js';
import { byText, type CataloguePage } from '../catalogue-page.js';
import { citedOnlyFacts, evidenceText } from '../describe-values.js';
import type { RecordLabel } from '../labels.js';
import { keyFields, quoted, recordLink, table, text } from '../markdown.js';

type Conflict = Dataset<Ids>['conflicts'][number];

/** The conflicts page: a table of the disagreements by the record they are about, then what each is about and every claim with the evidence that makes it. */
export function conflictsPage(dataset: Dataset<Ids>, label: RecordLabel): CataloguePage {
  const about = (conflict: Conflict) =>
    `${String(COLLECTION_NAMES.indexOf(conflict.record.collection)).padStart(2, '0')} ${label(conflict.record.collection, conflict.record.id)} ${conflict.field}`;
  const byRecord = [...dataset.conflicts].sort(byText(about));
  return {
    collection: 'conflicts',
    title: 'Conflicts',
    overview: table(
      ['Conflict', 'Record', 'Field', 'Kind', 'Resolved'],
      byRecord.map((conflict) => [
        recordLink(label, 'conflicts', conflict.id),
        recordLink(label, conflict.record.collection, conflict.record.id),
        `\`${conflict.field}\``,
        conflict.kind,
        conflict.resolution === null ? 'no' : `yes: ${quoted(conflict.resolution.value)}`,
      ]),
    ),
    charts: [],
    sections: byRecord.map((conflict) => ({
      id: conflict.id,
      heading: label('conflicts', conflict.id),
      names: [],
      charts: [],
      body: keyFields([
        [
          'About',
          `${recordLink(label, conflict.record.collection, conflict.record.id)}, field \`${conflict.field}\``,
        ],
        ['Kind', conflict.kind],
        [
          'Claims',
          conflict.claims.map(
            (claim) =>
              `${quoted(claim.value)}: ${claim.evidence.map((item) => evidenceText(label, item)).join('; ')}`,
          ),
        ],
        ['Note', text(conflict.note)],
        [
          'Resolution',
          conflict.resolution === null
            ? 'none yet: no evidence settles it'
            : `${quoted(conflict.resolution.value)}: ${text(conflict.resolution.note)} Evidence: ${conflict.resolution.evidence.map((item) => evidenceText(label, item)).join('; ')}`,
        ],
        ['Rests on cited pages only', citedOnlyFacts(label, 'conflicts', conflict)],
      ]),
    })),
  };
}
