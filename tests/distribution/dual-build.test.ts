import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from '../helpers/data-fixture.js';

it('a dataset made with the CommonJS build is accepted by the ESM build, and the other way round', async () => {
  const cjs = createRequire(import.meta.url)(
    join(projectRoot, 'dist', 'index.cjs'),
  ) as typeof import('../../src/index.js');
  const esm = (await import(
    join(projectRoot, 'dist', 'index.js')
  )) as typeof import('../../src/index.js');
  const fromCjs = cjs.createDataset({ indicators: cjs.indicators });
  expect(esm.findIndicator('links-removed', fromCjs)?.unit).toBe('links, accounts and channels');
  const fromEsm = esm.createDataset({ indicators: esm.indicators });
  expect(cjs.getIndicator('links-removed', fromEsm).id).toBe('links-removed');
  expect(() => esm.getIndicator('links-removed', { ...fromEsm } as never)).toThrow(
    /expected a dataset made by createDataset/,
  );
});
