import { describe, expect, it } from 'vitest';
import { bundled } from '../../../src/bundled.js';
import { COLLECTION_NAMES } from '../../../src/core/collections.js';
import { forEachEvidence } from '../../../src/core/evidence.js';
import { pathsMatching } from '../../../src/core/problem.js';
import {
  columnName,
  columnsOf,
  TABLES,
  tableNamed,
  tableRows,
} from '../../../src/export/tables.js';
import { COLLECTIONS, DERIVED_FIELDS } from '../../../src/schemas/collections.js';
import { EvidenceSchema } from '../../../src/schemas/evidence.js';
import { schemaFields } from '../../../src/schemas/fields.js';
import { InferenceSchema } from '../../../src/schemas/inference.js';

const names = (table: string) => tableNamed(table).columns.map((column) => column.name);

describe('the tidy tables', () => {
  it('are each collection, a table per list (and per list inside a list), evidence and inferences, each with its primary key', () => {
    expect(Object.fromEntries(TABLES.map((table) => [table.name, table.primaryKey]))).toEqual({
      sources: ['id'],
      source_contributors: ['source', 'position'],
      organizations: ['id'],
      organization_abbreviations: ['organization', 'position'],
      organization_other_names: ['organization', 'position'],
      places: ['id'],
      place_other_names: ['place', 'position'],
      people: ['id'],
      person_other_names: ['person', 'position'],
      person_ranks: ['person', 'position'],
      person_positions: ['person', 'position'],
      documents: ['id'],
      document_other_titles: ['document', 'position'],
      document_subjects: ['document', 'position'],
      document_relations: ['document', 'position'],
      meetings: ['id'],
      meeting_documents: ['meeting', 'position'],
      meeting_sites: ['meeting', 'position'],
      meeting_site_chairs: ['meeting', 'site_position', 'position'],
      meeting_co_chairs: ['meeting', 'position'],
      meeting_participants: ['meeting', 'position'],
      meeting_participant_positions_as_reported: ['meeting', 'participant_position', 'position'],
      meeting_sources: ['meeting', 'position'],
      metrics: ['id'],
      metric_actors: ['metric', 'position'],
      indicators: ['id'],
      conflicts: ['id'],
      conflict_claims: ['conflict', 'position'],
      redirects: ['id'],
      evidence: ['collection', 'record_id', 'field', 'position'],
      inferences: ['collection', 'record_id', 'position'],
    });
  });

  it("give a list's table the parent's key, the position and the item's fields, with a foreign key to the parent and one per column of ids", () => {
    expect(names('meeting_participants')).toEqual([
      'meeting',
      'position',
      'person',
      'organization',
      'role',
      'site',
      'rank_as_reported',
      'note',
    ]);
    expect(names('meeting_co_chairs')).toEqual(['meeting', 'position', 'person']);
    expect(names('meeting_participant_positions_as_reported')).toEqual([
      'meeting',
      'participant_position',
      'position',
      'position_as_reported',
    ]);
    // The related document takes the list's name, as `document` is the key.
    expect(names('document_relations')).toEqual([
      'document',
      'position',
      'type',
      'relation_document',
    ]);
    expect(tableNamed('meeting_site_chairs').foreignKeys).toEqual([
      {
        columns: ['meeting', 'site_position'],
        table: 'meeting_sites',
        references: ['meeting', 'position'],
      },
      { columns: ['person'], table: 'people', references: ['id'] },
    ]);
    expect(tableNamed('person_ranks').foreignKeys.map((key) => key.columns.join())).toEqual([
      'person',
      'meeting',
    ]);
  });

  it('flatten nested objects into snake_case columns, and give every column a name SQL takes without quotes', () => {
    expect(names('meetings')).toEqual(
      expect.arrayContaining(['date_edtf', 'date_earliest', 'period_reviewed_latest', 'level']),
    );
    expect(names('metrics')).toEqual(
      expect.arrayContaining(['quantity_as_reported', 'scope_place', 'group_id']),
    );
    expect(names('evidence')).toEqual(expect.arrayContaining(['start_offset', 'end_offset']));
    expect(columnName(['numberOf', 'typeCode'])).toBe('number_of_type_code');
    for (const table of TABLES) {
      expect(table.name).toMatch(/^[a-z][a-z0-9_]*$/);
      const columns = names(table.name);
      expect(new Set(columns).size, table.name).toBe(columns.length);
      for (const column of columns) expect(column, table.name).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });

  it('have a table for every list of every published schema, but evidence, inferences and the derived back-references', () => {
    const expected: string[] = [];
    const exempt: string[] = [];
    for (const collection of COLLECTION_NAMES) {
      const fields = schemaFields(COLLECTIONS[collection].published);
      for (const [key, field] of fields) {
        if (field.path.at(-1) !== '*') continue;
        const list = `${collection}:${key.slice(0, -2)}`;
        // Lists inside evidence are none; evidence and inferences have their own tables.
        if (field.schema === EvidenceSchema || field.schema === InferenceSchema) continue;
        const derived = DERIVED_FIELDS[collection].some(
          (derivedField) => derivedField.kind === 'added' && `${derivedField.path}.*` === key,
        );
        (derived ? exempt : expected).push(list);
      }
    }
    expect(exempt).toEqual(['sources:reports', 'meetings:metrics']);
    const lists = TABLES.filter((table) => table.kind === 'list').map(
      (table) => `${table.collection}:${table.lists.map((path) => path.join('.')).join('.*.')}`,
    );
    expect(lists.sort()).toEqual(expected.sort());
  });

  it('hold a row per record, per item of every list, per piece of evidence and per inference', () => {
    for (const table of TABLES) {
      const rows = tableRows(bundled, table);
      if (table.kind === 'records')
        expect(rows.map((row) => row.id)).toEqual(
          bundled[table.collection as 'meetings'].map((record) => record.id),
        );
      if (table.kind === 'list') {
        const pattern = table.lists.flatMap((path) => [...path, '*']);
        const items = bundled[table.collection as 'meetings'].flatMap((record) =>
          pathsMatching(record, pattern),
        );
        expect(rows, table.name).toHaveLength(items.length);
      }
    }
    let evidence = 0;
    for (const collection of COLLECTION_NAMES)
      for (const record of bundled[collection]) forEachEvidence(record, () => (evidence += 1));
    expect(tableRows(bundled, tableNamed('evidence'))).toHaveLength(evidence);
    const inferences = COLLECTION_NAMES.flatMap((collection) =>
      bundled[collection].flatMap((record) =>
        'inferences' in record ? (record.inferences as unknown[]) : [],
      ),
    );
    expect(tableRows(bundled, tableNamed('inferences'))).toHaveLength(inferences.length);
  });

  it('key each piece of evidence by its record, the list it is in and its place there', () => {
    const meeting = bundled.meetings.find((record) => record.participants[2]?.evidence[0]);
    const participant = meeting?.participants[2];
    expect(
      tableRows(bundled, tableNamed('evidence')).find(
        (row) =>
          row.record_id === meeting?.id &&
          row.field === 'participants[2].evidence' &&
          row.position === 0,
      ),
    ).toMatchObject({
      collection: 'meetings',
      source: participant?.evidence[0]?.source,
      kind: participant?.evidence[0]?.kind,
    });
  });

  it('the co-chairs table gives every meeting its co-chairs, in order', () => {
    const rows = tableRows(bundled, tableNamed('meeting_co_chairs'));
    for (const meeting of bundled.meetings)
      expect(rows.filter((row) => row.meeting === meeting.id).map((row) => row.person)).toEqual(
        meeting.coChairs,
      );
  });

  it('still list the fields of each record for the field dictionary, lists as one field', () => {
    const fields = columnsOf('meetings').map((field) => field.name);
    expect(fields).toEqual(expect.arrayContaining(['date.earliest', 'coChairs', 'participants']));
  });
});
