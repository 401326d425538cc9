/**
 * Checks, and with --fix fills in, the offsets of every evidence quote in the authored data.
 *
 *   tsx scripts/evidence.ts [--check | --fix] [--data <dir>]
 *
 * A curator writes `{ source, quote }`; --fix finds the quote in the source text and writes
 * `start`/`end` (code points). A quote typed with straight apostrophes or plain spaces is
 * matched against curly quotes and non-breaking spaces and rewritten with the exact characters.
 * A quote found more than once needs `start` set to one of the offsets listed; --fix keeps an
 * existing `start` that points at an occurrence and corrects its `end`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isScalar, LineCounter, parseDocument, visit, type YAMLMap } from 'yaml';
import { locateQuote } from '../src/authoring/locate-quote.js';
import { readDataFolder } from '../src/authoring/read-data-folder.js';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean' },
    fix: { type: 'boolean' },
    data: { type: 'string', default: 'data' },
  },
});
if (values.check && values.fix) {
  console.error('use --check or --fix, not both');
  process.exit(2);
}
const folder = readDataFolder(values.data);
const problems: string[] = folder.problems
  .filter((problem) => problem.rule === 'yaml')
  .map((problem) => `${problem.file}:${problem.line}: ${problem.message}`);
let fixed = 0;
/** The files --fix rewrites, written only when every file could be read: all or nothing. */
const writes = new Map<string, string>();
for (const file of folder.files) {
  // A file whose YAML does not parse is reported above; it is neither read here nor rewritten.
  if (file.value === undefined) continue;
  const counter = new LineCounter();
  const document = parseDocument(readFileSync(file.file, 'utf8'), { lineCounter: counter });
  let changed = false;
  visit(document, {
    Map(_key, node: YAMLMap) {
      const get = (key: string) => {
        const value = node.get(key, true);
        return isScalar(value) ? value.value : undefined;
      };
      const source = get('source');
      const quote = get('quote');
      if (typeof source !== 'string' || typeof quote !== 'string') return;
      const text = folder.texts.get(source);
      const where = `${file.file}:${node.range ? counter.linePos(node.range[0]).line : 1}`;
      if (text === undefined) {
        problems.push(
          `${where}: no text for source "${source}" (expected ${join(values.data, 'sources', `${source}.txt`)})`,
        );
        return;
      }
      const outcome = locateQuote(text, quote, get('start'), get('end'));
      if (outcome.kind === 'missing')
        problems.push(`${where}: quote not found in the source text: "${quote}"`);
      if (outcome.kind === 'ambiguous')
        problems.push(
          `${where}: quote occurs ${outcome.starts.length} times (start = ${outcome.starts.join(', ')}); set start to the one meant: "${quote}"`,
        );
      if (outcome.kind !== 'found') return;
      if (!values.fix) {
        problems.push(
          `${where}: offsets or characters need fixing (run with --fix): "${quote}" is at ${outcome.start}-${outcome.end}`,
        );
        return;
      }
      node.set('quote', outcome.quote);
      node.set('start', outcome.start);
      node.set('end', outcome.end);
      changed = true;
      fixed += 1;
    },
  });
  if (changed) writes.set(file.file, document.toString({ lineWidth: 0 }));
}
for (const problem of problems) console.error(problem);
const unreadable = folder.problems.some((problem) => problem.rule === 'yaml');
if (unreadable && writes.size > 0) {
  console.error(
    `${writes.size} file(s) not rewritten: fix the YAML above first, then run --fix again`,
  );
  fixed = 0;
} else for (const [file, text] of writes) writeFileSync(file, text);
console.log(`${fixed} evidence quote(s) fixed, ${problems.length} problem(s)`);
process.exit(problems.length > 0 ? 1 : 0);
