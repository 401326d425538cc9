export * from './data.js';
export * from './schemas/index.js';
export { summarizeDataset, type DatasetSummary, type HeadlineMetric, type MeetingSummary } from './summary/summarize-dataset.js';
export { formatSummary } from './summary/format-summary.js';
