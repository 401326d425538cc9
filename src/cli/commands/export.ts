import { constants } from 'node:os';
import { resolve } from 'node:path';
import { bundled } from '../../bundled.js';
import { meta } from '../../generated/meta.js';
import { choice, type Command, commonOptions, UsageError, valueOption } from '../command.js';

/** The formats of `export`: the same as the exporter's, which this module does not load until it runs. */
export const EXPORT_FORMATS = ['json', 'ndjson', 'csv', 'parquet', 'sqlite'] as const;

/** The signals that stop an export before its files are in place (SIGKILL cannot be caught: the next export finishes or removes what it left). */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the data as JSON, NDJSON, CSV, Parquet or a SQLite database',
  usage: 'export --out <dir> [--format json|ndjson|csv|parquet|sqlite]... [--force] [--json]',
  description:
    'Writes the data to <dir>, each format in a folder of its own name: json/ (the records, nested, as the API gives them), ndjson/ (the tidy tables, one JSON object per row, and datapackage.json, a Frictionless Data Package with every primary and foreign key), csv/ (the same tables and their datapackage.json), parquet/ (the same tables, typed) and sqlite/ (mnd-mps.sqlite: the same tables with their keys, views for common questions and a full-text index of names; and metadata.json for Datasette). Tidy tables: one row per fact, a table per list (meeting_co_chairs: meeting, position, person), no list in a cell. Repeat --format for several; all five by default. The files are staged in <dir>/.mnd-mps-export and each format folder is swapped in whole, so the export is all or nothing (an export stopped by a signal leaves nothing; one killed outright is finished or removed by the next export into <dir>), never written through a link, and the parent of <dir> need not be writable. A format folder that holds files is replaced only with --force, and never when it holds files the export does not write.',
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
    const { exportFiles } = await import('../../export/write-exports.js');
    const { ExportError, ExportInterrupted, writeFolder } =
      await import('../../export/write-folder.js');
    const folder = resolve(values.out);
    // Until the files are in place, a signal stops the export and removes what it staged.
    const controller = new AbortController();
    const stop = (signal: NodeJS.Signals) => controller.abort(signal);
    for (const signal of STOP_SIGNALS) process.on(signal, stop);
    let written: { files: string[]; notes: string[] };
    try {
      const contents = await exportFiles(bundled, { formats, version: meta.version });
      written = await writeFolder(folder, contents, {
        force: values.force === true,
        signal: controller.signal,
      });
    } catch (error) {
      if (error instanceof ExportError) throw new UsageError(error.message, 'export');
      if (!(error instanceof ExportInterrupted)) throw error;
      output.err(`mnd-mps: export ${error.message}; nothing was written to ${folder}`);
      return 128 + (constants.signals[error.signal as NodeJS.Signals] ?? 0);
    } finally {
      for (const signal of STOP_SIGNALS) process.off(signal, stop);
    }
    const { files, notes } = written;
    for (const note of notes) output.err(`mnd-mps: ${note}`);
    output.out(
      values.json
        ? JSON.stringify({ folder, files }, null, 2)
        : `Wrote ${files.length} files to ${folder}:\n${files.map((file) => `  ${file}`).join('\n')}`,
    );
    return 0;
  },
};
