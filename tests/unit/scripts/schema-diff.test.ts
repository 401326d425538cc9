import { describe, expect, it } from 'vitest';
import { diffSchemas } from '../../../scripts/lib/schema-diff.js';
import { jsonSchemaOf } from '../../../src/export/tables.js';

describe('schema changes', () => {
  const metric = jsonSchemaOf('metrics');
  const withField = (
    schema: Record<string, unknown>,
    field: string,
    value: unknown,
    required: boolean,
  ) => ({
    ...schema,
    properties: { ...(schema.properties as object), [field]: value },
    required: required ? [...(schema.required as string[]), field] : schema.required,
  });

  it('a removed field is major; a new field with a default (optional to authors) is minor; a new required one major', () => {
    expect(diffSchemas(withField(metric, 'confidence', { type: 'number' }, false), metric)).toEqual(
      [{ bump: 'major', field: 'confidence', detail: 'removed (or renamed)' }],
    );
    const input = jsonSchemaOf('metrics', 'input');
    const optional = withField(metric, 'confidence', { type: 'number', default: 1 }, true);
    expect(
      diffSchemas(
        metric,
        optional,
        withField(input, 'confidence', { type: 'number', default: 1 }, false),
      ),
    ).toEqual([{ bump: 'minor', field: 'confidence', detail: 'new optional field' }]);
    expect(
      diffSchemas(metric, optional, withField(input, 'confidence', { type: 'number' }, true)),
    ).toEqual([{ bump: 'major', field: 'confidence', detail: 'new required field' }]);
  });
});
