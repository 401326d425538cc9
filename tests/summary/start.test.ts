import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';
import { runScript } from '../helpers/run-script.js';

/** What `npm start` prints, checked against the records themselves. */
describe('npm start', () => {
  const result = runScript('start.ts');
  const lines = result.stdout.split('\n');

  it('exits cleanly', () => {
    expect(result.status).toBe(0);
  });

  it('prints the count of every collection', () => {
    const records = lines.find((line) => line.startsWith('Records: '));
    for (const [collection, list] of Object.entries(bundledDataset))
      expect(records).toContain(`${list.length} ${collection}`);
  });

  it('lists every meeting once, earliest first, with its co-chairs', () => {
    const meetingLines = lines.filter((line) =>
      bundledDataset.meetings.some((meeting) => line.includes(`  ${meeting.id}  `)),
    );
    const expectedOrder = [...bundledDataset.meetings]
      .sort((a, b) => a.date.earliest.localeCompare(b.date.earliest))
      .map((meeting) => meeting.id);
    expect(
      meetingLines.map((line) => expectedOrder.find((id) => line.includes(`  ${id}  `))),
    ).toEqual(expectedOrder);
    for (const meeting of bundledDataset.meetings) {
      const line = meetingLines.find((candidate) => candidate.includes(`  ${meeting.id}  `)) ?? '';
      for (const chair of meeting.coChairs)
        expect(line).toContain(bundledDataset.people.find((person) => person.id === chair)?.name);
      expect(line.trim().startsWith(meeting.date.edtf)).toBe(true);
      expect(line).toContain(`${meeting.metrics.length} metric`);
    }
  });

  it('prints every national metric as written, and counts the local ones', () => {
    const national = bundledDataset.metrics.filter((metric) => metric.scope.level === 'national');
    expect(national.length).toBeGreaterThan(0);
    for (const metric of national)
      expect(
        lines.some((line) => line.endsWith(`${metric.quantity.asReported} ${metric.unit}`)),
      ).toBe(true);
    const local = bundledDataset.metrics.filter(
      (metric) => metric.scope.area === 'Quang Ninh',
    ).length;
    expect(result.stdout).toContain(`Local metrics: ${local} for Quang Ninh.`);
    expect(result.stdout).toContain(
      `Recorded conflicts between or within sources: ${bundledDataset.conflicts.length}.`,
    );
  });
});
