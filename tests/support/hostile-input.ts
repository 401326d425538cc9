import { writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { join } from 'node:path';
import { fixtureFolder } from './data-folder.js';
import { FIXTURE_TEXT, fixtureInput } from './fixture.js';

/**
 * The hostile inputs of the "hostile input" issue, at a size given by the caller: the tests run
 * them at the sizes, `npm run bench` at 10 and 100 times those to show the growth.
 */

/** The fixture's records, as lists one can add to. */
const editable = () => fixtureInput() as unknown as Record<string, Record<string, unknown>[]>;

/** A text of `size` code points (the fixture article, then filler) whose last character a quote misplaces. */
export function misplacedQuote(size: number) {
  const text = `${FIXTURE_TEXT}\n${'ằ'.repeat(size - [...FIXTURE_TEXT].length - 2)}x`;
  const input = editable();
  (input.meetings?.[0]?.evidence as unknown[]).push({
    source: 'article',
    quote: 'x',
    start: 5,
    end: 6,
  });
  return { input, texts: { article: text }, at: size - 1 };
}

/** A data folder whose indicator file holds `count` unknown keys (1.1 MB at 100,000). */
export function unknownKeysFolder(count: number) {
  const folder = fixtureFolder();
  const keys = Array.from({ length: count }, (_, index) => `unknown${index}: ${index}`);
  writeFileSync(
    join(folder.root, 'indicators/households.yaml'),
    `${folder.read('indicators/households.yaml')}${keys.join('\n')}\n`,
  );
  return folder;
}

/** `count` organizations, each with a parent that names no record. */
export function danglingParents(count: number) {
  const input = editable();
  for (let index = 0; index < count; index += 1)
    input.organizations?.push({
      id: `org-${index}`,
      name: 'x',
      kind: 'agency',
      parent: `missing-${index}`,
      evidence: [{ source: 'page', locator: 'x', note: 'x' }],
    });
  return input;
}

/** `count` meetings with a number for a title and five required fields missing: six problems each. */
export function invalidMeetings(count: number) {
  const input = editable();
  for (let index = 0; index < count; index += 1)
    input.meetings?.push({ id: `bad-${index}`, title: 5 });
  return input;
}

/** `count` redirects, each to the next; the last to a live meeting, or, for a loop, to the first. */
export function redirects(count: number, loop: boolean) {
  const input = editable();
  input.redirects = Array.from({ length: count }, (_, index) => ({
    id: `old-${index}`,
    collection: 'meetings',
    to: index < count - 1 ? `old-${index + 1}` : loop ? 'old-0' : 'review-2022',
    reason: 'renamed',
  }));
  return input;
}

/** A data folder whose meeting file cites `count` quotes of the article with no offsets, and has `count` unknown keys. */
export function unplacedQuotesFolder(count: number) {
  const folder = fixtureFolder();
  const file = 'meetings/review-2022.yaml';
  const meeting = parse(folder.read(file)) as Record<string, unknown> & { evidence: unknown[] };
  for (let index = 0; index < count; index += 1) {
    meeting.evidence.push({ source: 'article', quote: 'Quang Ninh province' });
    meeting[`unknown${index}`] = index;
  }
  writeFileSync(join(folder.root, file), stringify(meeting, { lineWidth: 0 }));
  return folder;
}
