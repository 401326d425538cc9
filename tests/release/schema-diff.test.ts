import { describe, expect, it } from 'vitest';
import { diffSchemas } from '../../scripts/lib/schema-diff.js';

const schema = (
  properties: Record<string, unknown>,
  required: string[] = Object.keys(properties),
) => ({ type: 'object', properties, required });
const text = { type: 'string', description: 'a text' };
const kind = { type: 'string', enum: ['a', 'b'], description: 'a kind' };

describe('diffSchemas', () => {
  it('finds nothing between equal schemas', () => {
    expect(diffSchemas(schema({ text, kind }), schema({ text, kind }))).toEqual([]);
  });

  it('a removed field is major, reported once for a removed object', () => {
    const before = schema({ text, scope: schema({ level: text, area: text }) });
    expect(diffSchemas(before, schema({ text }))).toEqual([
      { bump: 'major', field: 'scope', detail: 'removed (or renamed)' },
    ]);
  });

  it('a new optional field is minor, a new required field major', () => {
    expect(diffSchemas(schema({ text }), schema({ text, note: text }, ['text']))).toEqual([
      { bump: 'minor', field: 'note', detail: 'new optional field' },
    ]);
    expect(diffSchemas(schema({ text }), schema({ text, note: text }))).toEqual([
      { bump: 'major', field: 'note', detail: 'new required field' },
    ]);
  });

  it('fewer allowed values or types, a new constraint, or a newly required field are major', () => {
    expect(
      diffSchemas(schema({ kind }), schema({ kind: { ...kind, enum: ['a'] } }))[0],
    ).toMatchObject({ bump: 'major', detail: 'narrowed: no longer allows b' });
    expect(
      diffSchemas(schema({ text: { anyOf: [text, { type: 'null' }] } }), schema({ text }))[0],
    ).toMatchObject({ bump: 'major', detail: 'narrowed: no longer null' });
    expect(
      diffSchemas(schema({ text }), schema({ text: { ...text, pattern: '^x' } }))[0],
    ).toMatchObject({ bump: 'major' });
    expect(diffSchemas(schema({ text }, []), schema({ text }))[0]).toMatchObject({
      bump: 'major',
      detail: 'narrowed: now required',
    });
  });

  it('more allowed values or types are minor, a new description a patch', () => {
    expect(
      diffSchemas(schema({ kind }), schema({ kind: { ...kind, enum: ['a', 'b', 'c'] } }))[0],
    ).toMatchObject({ bump: 'minor', detail: 'widened: now allows c' });
    expect(
      diffSchemas(schema({ text }), schema({ text: { anyOf: [text, { type: 'null' }] } }))[0],
    ).toMatchObject({ bump: 'minor' });
    expect(
      diffSchemas(schema({ text }), schema({ text: { ...text, description: 'better words' } })),
    ).toEqual([{ bump: 'patch', field: 'text', detail: 'description changed' }]);
  });

  it('looks inside lists', () => {
    const before = schema({
      evidence: { type: 'array', items: schema({ quote: text, start: { type: 'integer' } }) },
    });
    const after = schema({ evidence: { type: 'array', items: schema({ quote: text }) } });
    expect(diffSchemas(before, after)).toEqual([
      { bump: 'major', field: 'evidence[].start', detail: 'removed (or renamed)' },
    ]);
  });
});
