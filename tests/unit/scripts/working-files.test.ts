import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workingFiles } from '../../../scripts/lib/working-files.js';
import { projectRoot, scratchDir } from '../../support/paths.js';

describe('the files of a working tree, as the release rehearsal copies them', () => {
  it("are git's files on disk: untracked ones included, ignored and deleted ones and a linked node_modules left out", () => {
    const root = scratchDir('mnd-mps-working-files');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
        cwd: root,
      });
    git('init', '-q');
    // The project's own ignore rules, in a worktree whose node_modules is a link to another one's.
    copyFileSync(join(projectRoot, '.gitignore'), join(root, '.gitignore'));
    mkdirSync(join(root, '.changeset'));
    writeFileSync(join(root, 'package.json'), '{}\n');
    writeFileSync(join(root, '.changeset', 'applied.md'), 'old\n');
    git('add', '.');
    git('commit', '-q', '-m', 'start');
    rmSync(join(root, '.changeset', 'applied.md'));
    writeFileSync(join(root, '.changeset', 'new.md'), 'new\n');
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.js'), '\n');
    symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
    expect(workingFiles(root).sort()).toEqual(['.changeset/new.md', '.gitignore', 'package.json']);
  });
});
