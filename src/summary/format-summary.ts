import type { DatasetSummary } from './summarize-dataset.js';

const pad = (text: string, width: number) => text.padEnd(width);
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * Renders a {@link DatasetSummary} as the plain-text report `npm start` prints.
 *
 * @example
 * ```ts
 * import { formatSummary, summarizeDataset } from 'mnd-mps-coordination';
 * console.log(formatSummary(summarizeDataset()));
 * ```
 * @category Records
 */
export function formatSummary(summary: DatasetSummary): string {
  const { counts } = summary;
  const lines = [
    "mnd-mps-coordination: coordination between Vietnam's Ministry of National Defence and Ministry of Public Security",
    '',
    `Records: ${counts.meetings} meetings, ${counts.metrics} metrics, ${counts.indicators} indicators, ${counts.people} people, ${counts.organizations} organizations, ${counts.documents} documents, ${counts.sources} sources, ${counts.conflicts} conflicts, ${counts.redirects} redirects`,
    '',
    'Meetings, earliest first (* = date inferred):',
  ];
  const dateWidth = Math.max(0, ...summary.meetings.map((meeting) => meeting.date.length + 1));
  const idWidth = Math.max(0, ...summary.meetings.map((meeting) => meeting.id.length));
  for (const meeting of summary.meetings) {
    const date = `${meeting.date}${meeting.dateInferred ? '*' : ''}`;
    const reviewed = meeting.periodReviewed
      ? `reviews ${meeting.periodReviewed}`
      : 'no period reviewed';
    lines.push(
      `  ${pad(date, dateWidth)}  ${pad(meeting.id, idWidth)}  ${reviewed}; chaired by ${meeting.coChairs.join(' and ') || 'unknown'}; ${plural(meeting.metricCount, 'metric')}; ${plural(meeting.sourceCount, 'source')}`,
    );
  }
  lines.push('', 'Headline metrics (national scope):');
  const labelWidth = Math.max(
    0,
    ...summary.headlineMetrics.map((metric) => metric.indicator.length),
  );
  const periodWidth = Math.max(0, ...summary.headlineMetrics.map((metric) => metric.period.length));
  for (const metric of summary.headlineMetrics) {
    lines.push(
      `  ${pad(metric.period, periodWidth)}  ${pad(metric.indicator, labelWidth)}  ${metric.quantity}`,
    );
  }
  if (summary.headlineMetrics.length === 0) lines.push('  (none)');
  const local = Object.entries(summary.localMetricCounts).map(
    ([area, count]) => `${count} for ${area}`,
  );
  lines.push(
    '',
    `Local metrics: ${local.join(', ') || 'none'}.`,
    `Inferred facts (each with its reasoning): ${summary.inferredCount}. Recorded conflicts between or within sources: ${counts.conflicts}.`,
  );
  return lines.join('\n');
}
