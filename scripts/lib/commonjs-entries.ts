import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The CommonJS side of the package, beside its one ECMAScript build: `<entry>.cjs` require()s
 * `<entry>.js` (Node 20.19 and later load an ECMAScript module with require(), so a program that
 * mixes `import` and `require` gets one copy of the records and of every class), and each
 * declaration file `x.d.ts` gets a `x.d.cts` twin that imports the other twins, as TypeScript
 * wants for CommonJS callers.
 */
export function writeCommonJsEntries(folder: string, entries: readonly string[]): void {
  for (const entry of entries)
    writeFileSync(
      join(folder, `${entry}.cjs`),
      `'use strict';\nmodule.exports = require('./${entry}.js');\n`,
    );
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.d.ts'))) {
    const text = readFileSync(join(folder, name), 'utf8');
    const twin = text.replace(/(from\s+['"]\.\/[^'"]+)\.js(['"])/g, '$1.cjs$2');
    writeFileSync(join(folder, name.replace(/\.d\.ts$/, '.d.cts')), twin);
  }
}
