/**
 * The sizes the package accepts, so that hostile input is refused with a clear message rather
 * than running out of memory: the README lists them (under "Limits").
 */

/** The most characters a source text may have (32 MiB): news articles have tens of thousands. */
export const MAX_TEXT_LENGTH = 32 * 1024 * 1024;

/** The most bytes an authored record file may have (16 MiB): records are a few kilobytes. */
export const MAX_RECORD_FILE_BYTES = 16 * 1024 * 1024;

/** The most records `createDataset` and `validateRecords` take in one call, all collections together. */
export const MAX_RECORDS = 1_000_000;
