import { parseArgs } from 'node:util';
import { DatasetValidationError, MndMpsError } from '../core/errors.js';
import { closestMatches, terminalSafe } from '../core/text.js';
import { meta } from '../generated/meta.js';
import { type Command, type Output, UsageError } from './command.js';
import { conflictsCommand } from './commands/conflicts.js';
import { exportCommand } from './commands/export.js';
import { citedOnlyCommand, inferredCommand } from './commands/facts.js';
import { meetingsCommand } from './commands/meetings.js';
import { metricsCommand } from './commands/metrics.js';
import { peopleCommand } from './commands/people.js';
import { rankAtCommand } from './commands/rank-at.js';
import { searchCommand } from './commands/search.js';
import { showCommand } from './commands/show.js';
import { summaryCommand } from './commands/summary.js';
import { termsCommand } from './commands/terms.js';
import { timelineCommand } from './commands/timeline.js';
import { validateCommand } from './commands/validate.js';

/** The commands, in the order the help lists them: adding one is a file in commands/ and a line here. */
export const COMMANDS: readonly Command[] = [
  summaryCommand,
  searchCommand,
  meetingsCommand,
  peopleCommand,
  rankAtCommand,
  termsCommand,
  metricsCommand,
  timelineCommand,
  showCommand,
  conflictsCommand,
  inferredCommand,
  citedOnlyCommand,
  exportCommand,
  validateCommand,
];

const suggest = (value: string, candidates: readonly string[], show = (name: string) => name) => {
  const close = closestMatches(value, candidates, 2);
  return close.length > 0 ? ` Did you mean ${close.map(show).join(' or ')}?` : '';
};

function programHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Usage: mnd-mps <command> [options]',
    '',
    "The coordination between Vietnam's Ministry of National Defence and Ministry of Public Security: meetings, metrics, officials and documents, each fact with its source.",
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run "mnd-mps <command> --help" (or "mnd-mps help <command>") for its options, "mnd-mps --version" for the dataset version.',
    'Exit codes: 0 ok, 1 data problem, 2 usage error.',
  ].join('\n');
}

function commandHelp(command: Command): string {
  const options = Object.entries(command.options).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : '    '}--${name}${option.type === 'string' ? ` <${option.valueName ?? 'value'}>` : ''}`;
    return `  ${flag.padEnd(28)}${option.description}`;
  });
  return [
    `Usage: mnd-mps ${command.usage}`,
    '',
    command.description,
    '',
    'Options:',
    ...options,
  ].join('\n');
}

/** Checks the arguments against a command's options: parseArgs' errors become usage errors with suggestions. */
function parseCommand(command: Command, args: readonly string[]) {
  const usageError = (message: string) => new UsageError(message, command.name);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    // strict: an unknown option is an error. The help's description and valueName are ignored.
    parsed = parseArgs({ args: [...args], options: command.options, allowPositionals: true });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (unknown === undefined)
      throw usageError(message.replace(/\. To specify a positional argument.*$/, ''));
    const options = Object.keys(command.options);
    const hint = suggest(unknown.replace(/^-+/, ''), options, (option) => `--${option}`);
    throw usageError(`unknown option ${JSON.stringify(unknown).slice(1, -1)}.${hint}`);
  }
  if (parsed.values.help) return parsed;
  const positionals = command.positionals ?? [];
  const required = positionals.filter((positional) => positional.required);
  const [missing] = required.slice(parsed.positionals.length);
  if (missing) throw usageError(`missing <${missing.name}>`);
  const [extra] = parsed.positionals.slice(positionals.length);
  if (extra !== undefined) throw usageError(`unexpected argument ${JSON.stringify(extra)}`);
  return parsed;
}

/**
 * Runs the CLI with the given arguments and returns the exit code: 0 ok, 1 data problem, 2 usage
 * error. Everything it prints is terminal-safe: control, direction and invisible characters from
 * the data, the arguments or file names are written as \u escapes.
 */
export async function runCli(args: readonly string[], given: Output): Promise<number> {
  const output: Output = {
    out: (text) => given.out(terminalSafe(text)),
    err: (text) => given.err(terminalSafe(text)),
  };
  const [name, ...rest] = args;
  if (name === undefined) {
    output.err(programHelp());
    return 2;
  }
  if (name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    output.out(programHelp());
    return 0;
  }
  if (name === 'help') return runCli([rest[0] as string, '--help'], given);
  if (name === '--version' || name === '-v') {
    output.out(meta.version);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  try {
    if (!command) {
      const names = COMMANDS.map((candidate) => candidate.name);
      throw new UsageError(`unknown command ${JSON.stringify(name)}.${suggest(name, names)}`);
    }
    const parsed = parseCommand(command, rest);
    if (parsed.values.help) {
      output.out(commandHelp(command));
      return 0;
    }
    return await command.run({ values: parsed.values, positionals: parsed.positionals }, output);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(
        `mnd-mps: ${error.message}\nRun "mnd-mps ${error.command ? `${error.command} ` : ''}--help" for usage.`,
      );
      return 2;
    }
    if (error instanceof MndMpsError) {
      // Invalid records are a data problem; a bad argument or an unknown id is a usage error.
      output.err(`mnd-mps: ${error.message}`);
      return error instanceof DatasetValidationError ? 1 : 2;
    }
    // A system error (a full disk, a folder it may not write, Node's permission model): said in
    // one line, with the operation and the path where Node gives them, never as a stack trace.
    const { code, syscall, path, permission, resource } = error as NodeJS.ErrnoException & {
      permission?: string;
      resource?: string;
    };
    if (typeof code === 'string') {
      const what = [
        (syscall && `cannot ${syscall}`) || (permission && `not permitted: ${permission}`),
        path ?? resource,
      ]
        .filter(Boolean)
        .join(' ');
      output.err(
        `mnd-mps: ${what ? `${what}: ` : ''}${code}${what ? '' : `: ${(error as Error).message}`}`,
      );
      return 2;
    }
    throw error;
  }
}
