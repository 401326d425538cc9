import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/data-fixture.js';

const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
};
const lockfile = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as {
  packages: Record<
    string,
    { dev?: boolean; devOptional?: boolean; optional?: boolean; hasInstallScript?: boolean }
  >;
};

describe('supply chain', () => {
  it('the package depends on zod alone at run time', () => {
    expect(Object.keys(manifest.dependencies)).toEqual(['zod']);
  });

  it('has no install scripts, and neither does anything it installs for users', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(manifest.scripts[hook], hook).toBeUndefined();
    const production = Object.entries(lockfile.packages).filter(
      ([path, entry]) => path !== '' && !entry.dev && !entry.devOptional,
    );
    expect(production.map(([path]) => path)).toEqual(['node_modules/zod']);
    expect(production.filter(([, entry]) => entry.hasInstallScript)).toEqual([]);
  });

  it('the lockfile is committed', () => {
    expect(
      execFileSync('git', ['ls-files', 'package-lock.json'], {
        cwd: projectRoot,
        encoding: 'utf8',
      }).trim(),
    ).toBe('package-lock.json');
  });
});
