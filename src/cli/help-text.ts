import type { Command } from './command.js';

/** The help of one command: synopsis, description and options. */
export function commandHelp(command: Command): string {
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

/** The help of the whole program: the commands. */
export function programHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'Usage: mnd-mps <command> [options]',
    '',
    "The coordination between Vietnam's Ministry of National Defence and Ministry of Public Security: meetings, metrics, officials and documents, each fact with its source.",
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run "mnd-mps <command> --help" (or "mnd-mps help <command>") for a command\'s options, "mnd-mps --version" for the dataset version.',
    'Exit codes: 0 ok, 1 data problem, 2 usage error.',
  ].join('\n');
}
