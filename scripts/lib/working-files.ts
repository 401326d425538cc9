import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files of a working tree as a release would see them: every file git tracks or would track
 * (`.gitignore` applied), as it is on disk. A tracked file deleted but not yet committed is left
 * out (there is nothing to copy), and so is `node_modules` whatever it is (a worktree may link it
 * rather than hold it: `node_modules/` in `.gitignore` matches only a folder).
 *
 * @example
 * const files = workingFiles(process.cwd());
 * console.log(files.includes('package.json'));
 */
export function workingFiles(root: string): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(
      (file) =>
        file !== '' &&
        file !== 'node_modules' &&
        !file.startsWith('node_modules/') &&
        existsSync(join(root, file)),
    );
}
