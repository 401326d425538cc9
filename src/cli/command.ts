import { bundled } from '../bundled.js';
import { closestMatches, searchKey } from '../core/text.js';

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
  /** Positional arguments, in order; the last may be optional. None when absent. */
  readonly positionals?: readonly { readonly name: string; readonly required: boolean }[];
  run(input: CommandInput, output: Output): number | Promise<number>;
}

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

/** An option that takes a value: what the value is, for the help ("dir", "date"), and what it does. */
export const valueOption = (valueName: string, description: string): OptionSpec => ({
  type: 'string',
  valueName,
  description,
});

/** Prints a value as --json prints it (indented JSON) and returns the exit code, 0 by default. */
export function printJson(output: Output, value: unknown, status = 0): number {
  output.out(JSON.stringify(value, null, 2));
  return status;
}

/** What the CLI prints in place of the co-chairs of a meeting that names none. */
export const NO_CO_CHAIR = 'no co-chair named';

/** The --json and --help options every command has; `json` says what --json prints. */
export const commonOptions = (json: string) =>
  ({
    json: { type: 'boolean', description: json },
    help: { type: 'boolean', short: 'h', description: 'show this help' },
  }) as const satisfies Record<string, OptionSpec>;

/** The value of option `--<option>` if it is one of `allowed`; a usage error of the command, with the closest value, if not. */
export function choice<T extends string>(
  value: string,
  allowed: readonly T[],
  option: string,
  command: string,
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const [close] = closestMatches(value, allowed, 1);
  throw new UsageError(
    `--${option} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}${close ? `; did you mean "${close}"?` : ''}`,
    command,
  );
}

/** The widest a cell may be in a terminal, where long cells would wrap; output that is piped is never cut. */
export const cellWidth = (): number => (process.stdout.isTTY ? 72 : Number.POSITIVE_INFINITY);

/**
 * Renders rows as a plain-text table: a header, a row of dashes under each header, and columns
 * padded to their widest cell. Cells longer than `maxCell` characters (by default, on a terminal
 * only: see {@link cellWidth}) are cut with an ellipsis.
 */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  maxCell = cellWidth(),
): string {
  if (rows.length === 0) return '(none)';
  // The characters as a reader sees them: "ộ" written as o + two combining marks is one. (Made
  // here, not when the module loads: the first segmenter costs 14 ms, a tenth of a command.)
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const visible = (text: string) => [...segmenter.segment(text)].map((part) => part.segment);
  const cut = (value: string) => {
    const characters = visible(value.replace(/\s+/g, ' '));
    return characters.length > maxCell ? [...characters.slice(0, maxCell - 1), '…'] : characters;
  };
  const dashes = headers.map((header) => '-'.repeat(visible(header).length));
  const cells = [headers, dashes, ...rows].map((row) => row.map(cut));
  const widths = headers.map((_, index) =>
    cells.reduce((widest, row) => Math.max(widest, row[index]?.length ?? 0), 0),
  );
  const pad = (characters: string[], index: number) =>
    characters.join('') + ' '.repeat((widths[index] ?? 0) - characters.length);
  return cells.map((row) => row.map(pad).join('  ').trimEnd()).join('\n');
}

/** A helper's filter key as a command-line option: `quotedOnly` is `--quoted-only`. */
const optionName = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * The options of a command that applies a helper's filter: one per key, a flag for `quotedOnly`
 * and a value for the others (`--cumulative true`), with its help.
 */
export function filterOptions(
  help: Readonly<Record<string, readonly [valueName: string, description: string]>>,
): Record<string, OptionSpec> {
  return Object.fromEntries(
    Object.entries(help).map(([key, [valueName, description]]) => [
      optionName(key),
      key === 'quotedOnly' ? { type: 'boolean', description } : valueOption(valueName, description),
    ]),
  );
}

/**
 * The filter the options give: each option given, under its helper key (`--quoted-only` is
 * `quotedOnly`), `true`/`false` read as booleans, a place named by id or any of its names, a
 * person by id or name. The helper checks the values, as it does for any caller.
 */
export function filterFrom(
  values: CommandInput['values'],
  keys: readonly string[],
  command: string,
): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const key of keys) {
    const value = values[optionName(key)];
    if (value === undefined || value === false) continue;
    if (value === '') throw new UsageError(`--${optionName(key)} needs a value`, command);
    if (key === 'place') filter[key] = placeNamed(String(value), command);
    else if (key === 'person') filter[key] = personNamed(String(value), command);
    else filter[key] = value === 'true' ? true : value === 'false' ? false : value;
  }
  return filter;
}

type Named = {
  readonly id: string;
  readonly name: string;
  readonly vietnameseName: string | null;
  readonly otherNames: readonly string[];
};

/** The id of a place or person named by its id or, ignoring case and marks, by any of its names. */
function recordNamed(collection: 'places' | 'people', value: string, command: string): string {
  if (bundled.find(collection, value)) return value;
  const key = searchKey(value);
  const records = bundled[collection] as readonly Named[];
  const names = (record: Named) => [record.name, record.vietnameseName ?? '', ...record.otherNames];
  const found = records.find((record) => names(record).some((name) => searchKey(name) === key));
  if (found) return found.id;
  const [close] = closestMatches(
    key,
    records.map((record) => searchKey(record.name)),
    1,
  );
  const suggestion = records.find((record) => searchKey(record.name) === close);
  const kind = collection === 'places' ? 'place' : 'person';
  throw new UsageError(
    `no ${kind} is named ${JSON.stringify(value)} (give an id or a name)${suggestion ? `; did you mean "${suggestion.name}" (${suggestion.id})?` : ''}`,
    command,
  );
}

/** A place named by its id or any of its names, ignoring case and diacritics. */
export const placeNamed = (value: string, command: string) => recordNamed('places', value, command);

/** A person named by id or name, ignoring case and diacritics. */
export const personNamed = (value: string, command: string) =>
  recordNamed('people', value, command);
