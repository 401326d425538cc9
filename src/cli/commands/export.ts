import { resolve } from 'node:path';
import { bundledDataset } from '../../dataset/bundled-dataset.js';
import { EXPORT_FORMATS, type ExportFormat, writeDataExports } from '../../export/write-exports.js';
import { datasetVersion } from '../../generated/meta.js';
import { type Command, commonOptions, UsageError } from '../command.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the tables as JSON, NDJSON or CSV files',
  usage: 'export --out <dir> [--format json|ndjson|csv]... [--json]',
  description:
    'Writes every collection, and a flat table of all evidence, to <dir> as <table>.json, <table>.ndjson and/or <table>.csv; with CSV also datapackage.json, a Frictionless Data Package that describes the tables. CSV columns: nested objects become dotted names (date.earliest), lists are JSON cells, an empty cell is null. Repeat --format for several; all three by default.',
  options: {
    out: {
      type: 'string',
      valueName: 'dir',
      description: 'the folder to write to (created if missing)',
    },
    format: {
      type: 'string',
      multiple: true,
      valueName: 'format',
      description: 'json, ndjson or csv (repeatable, or comma-separated; default: all)',
    },
    ...commonOptions('print the folder and the files written as JSON'),
  },
  positionals: [],
  run({ values }, output) {
    if (typeof values.out !== 'string' || values.out === '')
      throw new UsageError('--out <dir> is required', 'export');
    const formats = [
      ...new Set(
        ((values.format as string[] | undefined) ?? [...EXPORT_FORMATS])
          .flatMap((format) => format.split(','))
          .map((format) => format.trim()),
      ),
    ];
    for (const format of formats) {
      if (!(EXPORT_FORMATS as readonly string[]).includes(format))
        throw new UsageError(
          `--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${format}"`,
          'export',
        );
    }
    const folder = resolve(values.out);
    const files = writeDataExports(bundledDataset, folder, {
      formats: formats as ExportFormat[],
      version: datasetVersion,
    });
    output.out(
      values.json
        ? JSON.stringify({ folder, files }, null, 2)
        : `Wrote ${files.length} files to ${folder}:\n${files.map((file) => `  ${file}`).join('\n')}`,
    );
    return 0;
  },
};
