/** Where a command writes: standard output for results, standard error for messages. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** The option values and positionals a command receives, already checked against its definition. */
export interface CommandInput {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

/** An option of a command: what `util.parseArgs` needs, plus a description for the help. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  readonly description: string;
  /** What the value is, for the help: "dir", "date", "id". */
  readonly valueName?: string;
}

/** One CLI command: its name, help, options and behaviour. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The synopsis: "people [query] [--json]". */
  readonly usage: string;
  /** More help, shown by --help. */
  readonly description: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Positional arguments, in order; the last may be optional. */
  readonly positionals: readonly { readonly name: string; readonly required: boolean }[];
  run(input: CommandInput, output: Output): number | Promise<number>;
}

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** The --json and --help options every command has; `json` says what --json prints. */
export function commonOptions(json: string) {
  return {
    json: { type: 'boolean', description: json },
    help: { type: 'boolean', short: 'h', description: 'show this help' },
  } as const satisfies Record<string, OptionSpec>;
}
