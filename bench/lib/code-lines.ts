import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The code lines of the TypeScript files under a folder (src/generated aside): lines that are
 * neither blank nor only a comment (`//`, or a line of a block comment). The source is formatted
 * by Prettier, so a line is a line of code as a reader sees it.
 */
export function codeLines(folder: string): number {
  let count = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) count += entry.name === 'generated' ? 0 : codeLines(path);
    else if (entry.name.endsWith('.ts'))
      count += readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !/^\s*(\/\/|\/\*|\*)/.test(line)).length;
  }
  return count;
}
