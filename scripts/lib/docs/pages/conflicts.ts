import type { Ids } from '../../../../src/core/collections.js';
import type { Dataset } from '../../../../src/dataset.js';
import type { CataloguePage } from '../catalogue-page.js';
import { citedOnlyFacts, evidenceText } from '../describe-values.js';
import type { RecordLabel } from '../labels.js';
import { keyFields, quoted, recordLink, table, text } from '../markdown.js';

/** The conflicts page: a table of the disagreements, then what each is about and every claim with the evidence that makes it. */
export function conflictsPage(dataset: Dataset<Ids>, label: RecordLabel): CataloguePage {
  return {
    collection: 'conflicts',
    title: 'Conflicts',
    overview: table(
      ['Conflict', 'Record', 'Field', 'Kind', 'Resolved'],
      dataset.conflicts.map((conflict) => [
        recordLink(label, 'conflicts', conflict.id),
        recordLink(label, conflict.record.collection, conflict.record.id),
        `\`${conflict.field}\``,
        conflict.kind,
        conflict.resolution === null ? 'no' : `yes: ${quoted(conflict.resolution.value)}`,
      ]),
    ),
    charts: [],
    sections: dataset.conflicts.map((conflict) => ({
      id: conflict.id,
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
