import { resolve } from 'node:path';
import { bundled } from '../../bundled.js';
import { meta } from '../../generated/meta.js';
import { choice, type Command, commonOptions, UsageError, valueOption } from '../command.js';

const FORMATS = ['json', 'ndjson', 'csv'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the tables as JSON, NDJSON or CSV files',
  usage: 'export --out <dir> [--format json|ndjson|csv]... [--force] [--json]',
  description:
    'Writes every collection, and a flat table of all evidence, to <dir> as <table>.json, <table>.ndjson and/or <table>.csv; with CSV also datapackage.json, a Frictionless Data Package that describes the tables. CSV columns: nested objects become dotted names (date.earliest), lists are JSON cells, an empty cell is null. Repeat --format for several; all three by default. The files are written all or nothing, never through a link; files already in <dir> are replaced only with --force.',
  options: {
    out: valueOption('dir', 'the folder to write to (created if missing)'),
    format: {
      ...valueOption(
        'format',
        'json, ndjson or csv (repeatable, or comma-separated; default: all)',
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
        ((values.format as string[] | undefined) ?? [...FORMATS])
          .flatMap((format) => format.split(','))
          .map((format) => choice(format.trim(), FORMATS, 'format', 'export')),
      ),
    ];
    const { ExportError, exportFiles, writeFolder } = await import('../../export/write-exports.js');
    const folder = resolve(values.out);
    let files: string[];
    try {
      files = writeFolder(folder, exportFiles(bundled, { formats, version: meta.version }), {
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
