import { COLLECTION_NAMES } from '../../core/collections.js';
import { type DatasetSummary, summarizeDataset } from '../../helpers/summary.js';
import { type Command, commonOptions, NO_CO_CHAIR } from '../command.js';

/** Names as a sentence lists them: "A", "A and B", "A, B and C". */
const names = (list: readonly string[]) =>
  list.length <= 2 ? list.join(' and ') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** A {@link DatasetSummary} as the plain-text report `npm start` prints. */
export function formatSummary(summary: DatasetSummary): string {
  /** Values padded to the widest of them, to print as a column. */
  const column = (values: readonly string[]) => {
    const width = Math.max(0, ...values.map((value) => value.length));
    return values.map((value) => value.padEnd(width));
  };
  const { counts, meetings, headlineMetrics } = summary;
  const dates = column(
    meetings.map((meeting) => `${meeting.date}${meeting.dateInferred ? '*' : ''}`),
  );
  const ids = column(meetings.map((meeting) => meeting.id));
  const periods = column(headlineMetrics.map((metric) => metric.period));
  const labels = column(headlineMetrics.map((metric) => metric.indicator));
  const local = summary.localMetricCounts.map(({ name, count }) => `${count} for ${name}`);
  return [
    "mnd-mps-coordination: coordination between Vietnam's Ministry of National Defence and Ministry of Public Security",
    '',
    `Records: ${COLLECTION_NAMES.map((name) => `${counts[name]} ${name}`).join(', ')}`,
    '',
    'National meetings, earliest first (* = date inferred):',
    ...meetings.map(
      (meeting, index) =>
        `  ${dates[index]}  ${ids[index]}  ${meeting.periodReviewed ? `reviews ${meeting.periodReviewed}` : 'no period reviewed'}; ${meeting.coChairs.length > 0 ? `chaired by ${names(meeting.coChairs)}` : NO_CO_CHAIR}; ${plural(meeting.metricCount, 'metric')}; ${plural(meeting.sourceCount, 'source')}`,
    ),
    '',
    'Provincial meetings, by province (the commands, police and border guard of a province):',
    ...summary.provinces.flatMap((province) => [
      `  ${province.name} (${plural(province.meetings.length, 'meeting')}):`,
      ...province.meetings.map(
        (meeting) =>
          `    ${meeting.date}${meeting.dateInferred ? '*' : ''}  ${meeting.id}; ${meeting.coChairs.length > 0 ? `chaired by ${names(meeting.coChairs)}` : NO_CO_CHAIR}`,
      ),
    ]),
    '',
    "Headline results (national scope; not the counts of a meeting's own sites or delegates):",
    ...(headlineMetrics.length === 0
      ? ['  (none)']
      : headlineMetrics.map(
          (metric, index) => `  ${periods[index]}  ${labels[index]}  ${metric.quantity}`,
        )),
    '',
    `Local metrics: ${local.join(', ') || 'none'}.`,
    `Inferred facts (each with its reasoning): ${summary.inferredCount}. Facts resting on cited pages alone (no quote of a bundled text): ${summary.citedOnlyCount}. Recorded conflicts between or within sources: ${counts.conflicts}.`,
  ].join('\n');
}

export const summaryCommand: Command = {
  name: 'summary',
  summary:
    'record counts, national meetings by date, provincial ones by province, headline results',
  usage: 'summary [--json]',
  description:
    'Prints a short account of the dataset: how many records each collection holds, the national meetings in date order with their co-chairs, the provincial meetings grouped by province, and the headline results of national scope. This is what `npm start` prints.',
  options: commonOptions('print the summary as JSON'),
  run({ values }, output) {
    const summary = summarizeDataset();
    output.out(values.json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
    return 0;
  },
};
