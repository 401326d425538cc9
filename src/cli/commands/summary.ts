import { formatSummary, summarizeDataset } from '../../helpers/summary.js';
import { type Command, commonOptions } from '../command.js';

export const summaryCommand: Command = {
  name: 'summary',
  summary: 'counts, the meetings in date order and the headline metrics',
  usage: 'summary [--json]',
  description:
    'Prints a short account of the dataset: how many records each collection holds, every national meeting in date order, and the national-scope metrics. This is what `npm start` prints.',
  options: commonOptions('print the summary as JSON'),
  run({ values }, output) {
    const summary = summarizeDataset();
    output.out(values.json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
    return 0;
  },
};
