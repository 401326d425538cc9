import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mndMps } from '../../../support/cli.js';
import { fixtureFolder } from '../../../support/data-folder.js';

describe('validate', () => {
  it('accepts a valid folder and lists every problem of a broken one as file:line: field: reason, exit 1', async () => {
    const folder = fixtureFolder();
    expect(await mndMps('validate', '--data', folder.root)).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/is valid: 2 sources, 2 organizations, 2 places, 2 people/),
    });
    folder.edit('metrics/drugs-2021.yaml', (text) => text.replace('unit: cases', 'unit: case'));
    folder.edit('organizations/ministry-a.yaml', (text) =>
      text.replace('kind: ministry', 'kind: ministry\nkidn: typo'),
    );
    const result = await mndMps('validate', '--data', folder.root);
    expect(result.status).toBe(1);
    expect(
      result.stdout.split('\n').map((line) => relative(folder.root, line.split(':')[0] ?? '')),
    ).toEqual(['metrics/drugs-2021.yaml', 'organizations/ministry-a.yaml']);
    expect(result.stderr).toBe(`2 problem(s) in ${folder.root}`);
  });
});
