import type { CollectionName } from '../../../src/core/collections.js';
import type { RecordLabel } from './labels.js';

/** Text from a record, escaped so Markdown shows it as written (no emphasis, links or HTML). */
export function text(value: string): string {
  return value
    .replace(/[\\`*_[\]<>|#]/g, (character) => `\\${character}`)
    .replace(/\s*\n\s*/g, ' ');
}

/** A value for an HTML attribute, between double quotes. */
export function attribute(value: string): string {
  return value.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A quotation from a source, in typographic quotes. */
export function quoted(value: string): string {
  return `“${text(value)}”`;
}

/**
 * A link to a record's section on its collection's catalogue page: the text is the record's label
 * (a name or title), the anchor its id (the section heading).
 */
export function recordLink(label: RecordLabel, collection: CollectionName, id: string): string {
  return `[${text(label(collection, id))}](${collection}.md#${id})`;
}

/** Links to several records of one collection, separated by `separator` (a comma), or "none". */
export function recordLinks(
  label: RecordLabel,
  collection: CollectionName,
  ids: readonly string[],
  separator = ', ',
): string {
  return ids.length === 0
    ? 'none'
    : ids.map((id) => recordLink(label, collection, id)).join(separator);
}

/** Lines inside one table cell. */
export const cellLines = (lines: readonly string[]): string => lines.join('<br>');

/**
 * A Markdown table; cells are used as given (escape record text with {@link text}). Its text is a
 * size smaller than the page's, and it keeps about 8 em a column (40 at most, which fits a laptop's
 * text column): on a narrower screen it scrolls sideways inside its box, not the page.
 */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    `<div style="overflow-x: auto; font-size: 0.875em"><div style="min-width: ${Math.min(40, 8 * headers.length)}em">`,
    [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n'),
    '</div></div>',
  ].join('\n\n');
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
