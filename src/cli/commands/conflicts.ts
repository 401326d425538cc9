import { bundled } from '../../bundled.js';
import { type Command, commonOptions, formatTable, printJson } from '../command.js';

export const conflictsCommand: Command = {
  name: 'conflicts',
  summary: 'where the sources disagree, every claim kept, and how each was settled',
  usage: 'conflicts [--open] [--json]',
  description:
    'Lists the recorded disagreements between or within the sources: the record and field, the claims, and the resolution where other evidence settles it. --open lists those still open.',
  options: {
    open: { type: 'boolean', description: 'only the conflicts that no evidence settles yet' },
    ...commonOptions('print the conflict records as JSON'),
  },
  run({ values }, output) {
    const conflicts = bundled.conflicts.filter(
      (conflict) => values.open !== true || conflict.resolution === null,
    );
    if (values.json) return printJson(output, conflicts);
    const rows = conflicts.map((conflict) => [
      conflict.id,
      `${conflict.record.collection}/${conflict.record.id}.${conflict.field}`,
      conflict.claims.map((claim) => `“${claim.value}”`).join(' vs '),
      conflict.resolution ? `“${conflict.resolution.value}”` : 'open',
    ]);
    output.out(formatTable(['conflict', 'about', 'claims', 'settled as'], rows));
    return 0;
  },
};
