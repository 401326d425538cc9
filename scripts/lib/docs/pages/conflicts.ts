import type { Ids } from '../../../../src/core/collections.js';
import type { Dataset } from '../../../../src/dataset.js';
import type { CataloguePage } from '../catalogue-page.js';
import { evidenceSources, evidenceText } from '../describe-values.js';
import { keyFields, quoted, recordLink, text } from '../markdown.js';

/** The conflicts page: what each disagreement is about and every claim with the quotes that make it. */
export function conflictsPage(dataset: Dataset<Ids>): CataloguePage {
  return {
    collection: 'conflicts',
    title: 'Conflicts',
    charts: [],
    sections: dataset.conflicts.map((conflict) => ({
      id: conflict.id,
      charts: [],
      body: keyFields([
        [
          'About',
          `${recordLink(conflict.record.collection, conflict.record.id)}, field \`${conflict.field}\``,
        ],
        ['Kind', conflict.kind],
        [
          'Claims',
          conflict.claims.map(
            (claim) =>
              `${quoted(claim.value)}: ${claim.evidence.map(evidenceText).join('; ')} (${evidenceSources(claim.evidence)})`,
          ),
        ],
        ['Note', text(conflict.note)],
      ]),
    })),
  };
}
