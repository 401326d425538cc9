import { resolve } from 'node:path';
import { bundled } from '../../bundled.js';
import { meta } from '../../generated/meta.js';
import { choice, type Command, commonOptions, UsageError, valueOption } from '../command.js';

/** The formats of `export`: the same as the exporter's, which this module does not load until it runs. */
export const EXPORT_FORMATS = ['json', 'ndjson', 'csv', 'parquet', 'sqlite'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the data as JSON, NDJSON, CSV, Parquet or a SQLite database',
  usage: 'export --out <dir> [--format json|ndjson|csv|parquet|sqlite]... [--force] [--json]',
  description:
    'Writes the data to <dir>, each format in a folder of its own name: json/ (the records, nested, as the API gives them), ndjson/ (the tidy tables, one JSON object per row, and datapackage.json, a Frictionless Data Package with every primary and foreign key), csv/ (the same tables and their datapackage.json), parquet/ (the same tables, typed) and sqlite/ (mnd-mps.sqlite: the same tables with their keys, views for common questions and a full-text index of names; and metadata.json for Datasette). Tidy tables: one row per fact, a table per list (meeting_co_chairs: meeting, position, person), no list in a cell. Repeat --format for several; all five by default. The files are written all or nothing, never through a link; files already in <dir> are replaced only with --force.',
  options: {
    out: valueOption('dir', 'the folder to write to (created if missing)'),
    format: {
      ...valueOption(
        'format',
        'json, ndjson, csv, parquet or sqlite (repeatable, or comma-separated; default: all)',
      ),
      multiple: true,
    },
    force: {
      type: 'boolean',
      description: 'replace files of the same names already in the folder',
    },
    ...commonOptions('print the folder and the files written as JSON'),
  },
  async run({ values }, output) {
    if (typeof values.out !== 'string' || values.out === '')
      throw new UsageError('--out <dir> is required', 'export');
    const formats = [
      ...new Set(
        ((values.format as string[] | undefined) ?? [...EXPORT_FORMATS])
          .flatMap((format) => format.split(','))
          .map((format) => choice(format.trim(), EXPORT_FORMATS, 'format', 'export')),
      ),
    ];
    const { ExportError, exportFiles, writeFolder } = await import('../../export/write-exports.js');
    const folder = resolve(values.out);
    let files: string[];
    try {
      files = writeFolder(folder, await exportFiles(bundled, { formats, version: meta.version }), {
        force: values.force === true,
      });
    } catch (error) {
      if (error instanceof ExportError) throw new UsageError(error.message, 'export');
      throw error;
    }
    output.out(
      values.json
        ? JSON.stringify({ folder, files }, null, 2)
        : `Wrote ${files.length} files to ${folder}:\n${files.map((file) => `  ${file}`).join('\n')}`,
    );
    return 0;
  },
};
