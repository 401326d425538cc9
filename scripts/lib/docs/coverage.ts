import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Ids } from '../../../src/core/collections.js';
import type { Dataset } from '../../../src/dataset.js';
import { frontMatter, recordLink, table, text } from './markdown.js';
import type { RecordLabel } from './labels.js';

/** One province as docs/coverage-searches.yaml records the searches for it. */
interface Searched {
  readonly province: string;
  readonly name: string;
  readonly searched: string;
  readonly queries: number;
  readonly found: readonly string[];
  readonly note: string;
}

/** The search log kept beside the docs (not in the package): where the provinces were searched. */
export const readSearches = (path: string): readonly Searched[] =>
  parse(readFileSync(path, 'utf8')) as Searched[];

/**
 * The coverage page: for each of the 63 provinces (before the 2025 merger), the meetings the
 * dataset records in it by year (from the data), and how it was searched (from the search log):
 * so that a gap reads as a gap, not as a quiet year.
 */
export function coverageText(
  dataset: Dataset<Ids>,
  searches: readonly Searched[],
  label: RecordLabel,
): string {
  const yearOf = (edtf: string) => edtf.slice(0, 4);
  const byProvince = new Map<string, { year: string; id: string }[]>();
  for (const meeting of dataset.meetings) {
    if (meeting.place === null) continue;
    // A meeting in a district or commune counts for its province.
    let place = dataset.find('places', meeting.place);
    while (place?.parent && place.level !== 'province')
      place = dataset.find('places', place.parent);
    const list = byProvince.get(place?.id ?? meeting.place) ?? [];
    list.push({ year: yearOf(meeting.date.edtf), id: meeting.id });
    byProvince.set(place?.id ?? meeting.place, list);
  }
  const years = [...new Set([...byProvince.values()].flat().map((meeting) => meeting.year))].sort();
  const rows = searches.map((entry) => {
    const meetings = byProvince.get(entry.province) ?? [];
    const inPlace = dataset.find('places', entry.province);
    return [
      inPlace ? recordLink(label, 'places', entry.province) : text(entry.name),
      ...years.map((year) => {
        const count = meetings.filter((meeting) => meeting.year === year).length;
        return count === 0 ? '' : String(count);
      }),
      String(meetings.length),
      `${entry.queries} (${entry.searched})`,
      text(entry.note),
    ];
  });
  const recorded = searches.filter((entry) => (byProvince.get(entry.province) ?? []).length > 0);
  const total = [...byProvince.values()].reduce((sum, list) => sum + list.length, 0);
  return [
    frontMatter({ title: 'Coverage of the provinces' }),
    '# Coverage of the provinces',
    `Decree 03 is carried out province by province: each province's police, military command and border guard review their coordination every quarter, half-year and year. The dataset records ${total} provincial meetings in ${recorded.length} of the 63 provinces (before the 2025 merger). The table gives, for each province, the meetings recorded by the year they were held, and how the stored copies of public pages were searched for it (the searches and the date); an empty row is a province where the searches found nothing, not a province that held no review. The search log is kept with the documentation, not in the package.`,
    table(['Province', ...years, 'Recorded', 'Searches (date)', 'Note'], rows),
  ].join('\n\n');
}
