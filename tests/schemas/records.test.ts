import { describe, expect, it } from 'vitest';
import { ConflictSchema } from '../../src/schemas/conflict.js';
import { ParticipantSchema, SiteSchema } from '../../src/schemas/meeting.js';
import { ScopeSchema } from '../../src/schemas/metric.js';
import { RankClaimSchema } from '../../src/schemas/person.js';
import { SourceSchema } from '../../src/schemas/source.js';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';
import { issuesOf } from '../helpers/issues.js';

const evidence = [{ source: 's', quote: 'q', start: 0, end: 1 }];
const day = {
  edtf: '2023-02-09',
  precision: 'day',
  earliest: '2023-02-09',
  latest: '2023-02-09',
  basis: 'inferred',
  note: 'n',
};

describe('record refinements', () => {
  it('a scope: national has no area, local needs one', () => {
    expect(issuesOf(ScopeSchema, { level: 'national', area: 'Hanoi' })).toEqual([
      'area: a national scope has no area: area must be null',
    ]);
    expect(issuesOf(ScopeSchema, { level: 'province', area: null })).toEqual([
      'area: a province scope needs the area it covers',
    ]);
    expect(
      issuesOf(ScopeSchema, { level: 'province', area: 'Quang Ninh', basis: 'inferred' }),
    ).toEqual(['note: an inferred value needs a note giving the reasoning']);
  });

  it('a rank claim without a rank code needs a note', () => {
    const claim = { rank: null, asReported: 'Colonel', meeting: 'm', asOf: day, evidence };
    expect(issuesOf(RankClaimSchema, claim)).toEqual([
      'note: a rank claim without a rank code needs a note saying why the words do not settle it',
    ]);
    expect(issuesOf(RankClaimSchema, { ...claim, note: 'ambiguous' })).toEqual([]);
    expect(issuesOf(RankClaimSchema, { ...claim, rank: 'field-marshal' })[0]).toMatch(/^rank: /);
  });

  it('a participant is a person or an organization', () => {
    expect(issuesOf(ParticipantSchema, { role: 'attendee', evidence })).toEqual([
      'person: a participant needs a person or an organization',
    ]);
    expect(issuesOf(ParticipantSchema, { role: 'attendee', organization: 'o', evidence })).toEqual(
      [],
    );
  });

  it('a site whose kind or chairs are inferred says why', () => {
    expect(
      issuesOf(SiteSchema, { name: 'Hanoi', kind: 'main', basis: 'inferred', evidence }),
    ).toEqual(['note: an inferred value needs a note giving the reasoning']);
  });

  it('a source with a curator title says where it comes from; a stated one quotes it', () => {
    const source = structuredClone(
      bundledDataset.sources.find((candidate) => candidate.titleBasis === 'curator'),
    );
    expect(issuesOf(SourceSchema, source)).toEqual([]);
    expect(issuesOf(SourceSchema, { ...source, note: undefined })).toEqual([
      'note: a curator-supplied value needs a note saying where it comes from',
    ]);
    expect(issuesOf(SourceSchema, { ...source, titleBasis: 'stated', evidence: [] })).toEqual([
      'evidence: a stated value needs at least one evidence quote',
    ]);
  });

  it('a conflict has at least two claims', () => {
    const conflict = structuredClone(bundledDataset.conflicts[0]);
    expect(issuesOf(ConflictSchema, conflict)).toEqual([]);
    expect(
      issuesOf(ConflictSchema, { ...conflict, claims: conflict?.claims.slice(0, 1) })[0],
    ).toMatch(/^claims: /);
  });
});
