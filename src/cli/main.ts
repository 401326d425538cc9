import { parseArgs } from 'node:util';
import { DatasetError } from '../errors/dataset-error.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { InvalidDateError } from '../errors/invalid-date-error.js';
import { InvalidRangeError } from '../errors/invalid-range-error.js';
import { UnknownIdError } from '../errors/unknown-id-error.js';
import { datasetVersion } from '../generated/meta.js';
import { closestMatches } from '../lib/closest.js';
import { type Command, type Output, UsageError } from './command.js';
import { exportCommand } from './commands/export.js';
import { meetingsCommand } from './commands/meetings.js';
import { metricsCommand } from './commands/metrics.js';
import { peopleCommand } from './commands/people.js';
import { showCommand } from './commands/show.js';
import { summaryCommand } from './commands/summary.js';
import { timelineCommand } from './commands/timeline.js';
import { validateCommand } from './commands/validate.js';
import { commandHelp, programHelp } from './help-text.js';

const COMMANDS: readonly Command[] = [
  summaryCommand,
  meetingsCommand,
  peopleCommand,
  metricsCommand,
  timelineCommand,
  showCommand,
  exportCommand,
  validateCommand,
];

/** " Did you mean x or y?" for the candidates closest to a mistyped name, or nothing. */
const suggest = (
  value: string,
  candidates: readonly string[],
  show: (name: string) => string = (name) => name,
) => {
  const close = closestMatches(value, candidates, 2);
  return close.length > 0 ? ` Did you mean ${close.map(show).join(' or ')}?` : '';
};

/** Checks the arguments against a command's options, turning parseArgs' errors into usage errors with suggestions. */
function parseCommandArguments(command: Command, args: readonly string[]) {
  const options = Object.fromEntries(
    Object.entries(command.options).map(([name, { description: _description, ...option }]) => [
      name,
      option,
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (unknown)
      throw new UsageError(
        `unknown option ${unknown}.${suggest(unknown.replace(/^-+/, ''), Object.keys(command.options), (option) => `--${option}`)}`,
        command.name,
      );
    throw new UsageError(
      message.replace(/\. To specify a positional argument.*$/, ''),
      command.name,
    );
  }
  if (parsed.values.help) return parsed;
  const required = command.positionals.filter((positional) => positional.required);
  if (parsed.positionals.length < required.length)
    throw new UsageError(`missing <${required[parsed.positionals.length]?.name}>`, command.name);
  if (parsed.positionals.length > command.positionals.length)
    throw new UsageError(
      `unexpected argument "${parsed.positionals[command.positionals.length]}"`,
      command.name,
    );
  return parsed;
}

/** Runs the CLI with the given arguments and returns the exit code: 0 ok, 1 data problem, 2 usage error. */
export async function runCli(args: readonly string[], output: Output): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) {
    output.err(programHelp(COMMANDS));
    return 2;
  }
  if (name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    output.out(programHelp(COMMANDS));
    return 0;
  }
  if (name === 'help') return runCli([rest[0] as string, '--help'], output);
  if (name === '--version' || name === '-v') {
    output.out(datasetVersion);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  try {
    if (!command)
      throw new UsageError(
        `unknown command "${name}".${suggest(
          name,
          COMMANDS.map((candidate) => candidate.name),
        )}`,
      );
    const parsed = parseCommandArguments(command, rest);
    if (parsed.values.help) {
      output.out(commandHelp(command));
      return 0;
    }
    return await command.run({ values: parsed.values, positionals: parsed.positionals }, output);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(
        `mnd-mps: ${error.message}\nRun "mnd-mps ${error.command ?? ''}${error.command ? ' ' : ''}--help" for usage.`,
      );
      return 2;
    }
    if (
      error instanceof UnknownIdError ||
      error instanceof InvalidDateError ||
      error instanceof InvalidRangeError ||
      error instanceof InvalidArgumentError
    ) {
      output.err(`mnd-mps: ${error.message}`);
      return 2;
    }
    if (error instanceof DatasetError) {
      output.err(`mnd-mps: ${error.message}`);
      return 1;
    }
    if (
      typeof (error as NodeJS.ErrnoException).code === 'string' &&
      (error as NodeJS.ErrnoException).syscall
    ) {
      const { syscall, path, code } = error as NodeJS.ErrnoException;
      output.err(
        `mnd-mps: cannot ${syscall} ${path ?? ''}: ${code}${process.env.DEBUG ? `\n${(error as Error).stack}` : ''}`,
      );
      return 2;
    }
    throw error;
  }
}

const exitCode = await runCli(process.argv.slice(2), {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
process.exitCode = exitCode;
