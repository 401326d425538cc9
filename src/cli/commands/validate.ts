import { formatProblem } from '../../core/problem.js';
import { type Command, commonOptions, UsageError, valueOption, printJson } from '../command.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check an authored data folder and list every problem',
  usage: 'validate [--data <dir>] [--json]',
  description:
    'Checks an authored data folder (one YAML file per record under <dir>/<collection>/, bundled source texts beside their records): every file against its schema, and the dataset as a whole (ids, references, evidence quotes against the texts, consistency). Prints every problem as file:line: field: reason and exits with 1 when there is any.',
  options: {
    data: valueOption('dir', 'the data folder (default: ./data)'),
    ...commonOptions('print the problems as JSON'),
  },
  async run({ values }, output) {
    const { isFolder } = await import('../../authoring/read-data-folder.js');
    const { validateDataFolder } = await import('../../authoring/validate-data-folder.js');
    const folder = (values.data as string | undefined) ?? 'data';
    if (!isFolder(folder))
      throw new UsageError(
        `no data folder at ${JSON.stringify(folder)}${values.data === undefined ? ' (run it where the data folder is, or pass --data <dir>)' : ''}`,
        'validate',
      );
    const { records, problems } = validateDataFolder(folder);
    const valid = problems.length === 0;
    if (values.json) return printJson(output, { folder, valid, problems }, valid ? 0 : 1);
    if (problems.length > 0) {
      // One write for all of them: a write per line costs more than the validation of 100,000.
      output.out(problems.map(formatProblem).join('\n'));
      output.err(`${problems.length} problem(s) in ${folder}`);
      return 1;
    }
    const counts = Object.entries(records ?? {}).map(([name, list]) => `${list.length} ${name}`);
    output.out(`${folder} is valid: ${counts.join(', ')}`);
    return 0;
  },
};
