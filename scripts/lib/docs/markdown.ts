import type { CollectionName } from '../../../src/core/collections.js';

/** Text from a record, escaped so Markdown shows it as written (no emphasis, links or HTML). */
export function text(value: string): string {
  return value
    .replace(/[\\`*_[\]<>|#]/g, (character) => `\\${character}`)
    .replace(/\s*\n\s*/g, ' ');
}

/** A quotation from a source, in typographic quotes. */
export function quoted(value: string): string {
  return `“${text(value)}”`;
}

/** A link to a record's section on its collection's catalogue page (the section heading is the id). */
export function recordLink(collection: CollectionName, id: string): string {
  return `[${id}](${collection}.md#${id})`;
}

/** Links to several records of one collection, comma-separated, or "none". */
export function recordLinks(collection: CollectionName, ids: readonly string[]): string {
  return ids.length === 0 ? 'none' : ids.map((id) => recordLink(collection, id)).join(', ');
}

/** A Markdown table; cells are used as given (escape record text with {@link text}). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * A list of "label: value" lines, the key fields of a record; a list value becomes a nested list
 * (or "none" when empty), and entries without a value are left out.
 */
export function keyFields(
  fields: readonly (readonly [label: string, value: string | readonly string[] | undefined])[],
): string {
  return fields
    .filter(
      (field): field is readonly [string, string | readonly string[]] => field[1] !== undefined,
    )
    .map(([label, value]) => {
      if (typeof value === 'string') return `- **${label}**: ${value}`;
      return value.length === 0
        ? `- **${label}**: none`
        : [`- **${label}**:`, ...value.map((item) => `  - ${item}`)].join('\n');
    })
    .join('\n');
}

/** TypeDoc front matter: the page title in the site's navigation, and optionally its category and child pages. */
export function frontMatter(fields: {
  readonly title: string;
  readonly category?: string;
  readonly children?: readonly string[];
}): string {
  return `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n---\n`;
}
