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
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isScalar, type Document, type YAMLMap, visit } from 'yaml';
import { lineOf, readDataFolder } from '../src/authoring/read-data-folder.js';
import { codePointLength, codePointOccurrences, codePointSlice } from '../src/lib/code-points.js';

const TYPOGRAPHIC: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u00a0': ' ', '\u2013': '-', '\u2014': '-' };
const loosen = (text: string) => [...text].map((character) => TYPOGRAPHIC[character] ?? character).join('');

type Outcome = { kind: 'ok' } | { kind: 'fix'; quote: string; start: number; end: number } | { kind: 'problem'; message: string };

function locate(text: string, quote: string, start: unknown, end: unknown): Outcome {
  const length = codePointLength(quote);
  if (typeof start === 'number' && typeof end === 'number' && codePointSlice(text, start, end) === quote) return { kind: 'ok' };
  let occurrences = codePointOccurrences(text, quote);
  if (occurrences.length === 0) occurrences = codePointOccurrences(loosen(text), loosen(quote));
  if (occurrences.length === 0) return { kind: 'problem', message: `quote not found in the source text: "${quote}"` };
  const chosen = occurrences.length === 1 ? occurrences[0] : occurrences.find((offset) => offset === start);
  if (chosen === undefined) {
    return { kind: 'problem', message: `quote occurs ${occurrences.length} times (start = ${occurrences.join(', ')}); set start to the one meant: "${quote}"` };
  }
  return { kind: 'fix', quote: codePointSlice(text, chosen, chosen + length), start: chosen, end: chosen + length };
}

const { values } = parseArgs({ options: { check: { type: 'boolean' }, fix: { type: 'boolean' }, data: { type: 'string', default: 'data' } } });
if (values.check && values.fix) {
  console.error('use --check or --fix, not both');
  process.exit(2);
}
const folder = readDataFolder(values.data);
const problems: string[] = folder.problems.filter((problem) => problem.rule === 'yaml').map((problem) => `${problem.file}:${problem.line}: ${problem.message}`);
let fixed = 0;
for (const file of folder.files) {
  let changed = false;
  visit(file.document as Document, {
    Map(_key, node: YAMLMap) {
      const get = (key: string) => {
        const value = node.get(key, true);
        return isScalar(value) ? value.value : undefined;
      };
      const source = get('source');
      const quote = get('quote');
      if (typeof source !== 'string' || typeof quote !== 'string') return;
      const text = folder.texts.get(source);
      const where = `${file.file}:${node.range ? file.lineCounter.linePos(node.range[0]).line : lineOf(file, [])}`;
      if (text === undefined) {
        problems.push(`${where}: no text for source "${source}" (expected ${join(values.data, 'sources', `${source}.txt`)})`);
        return;
      }
      const outcome = locate(text, quote, get('start'), get('end'));
      if (outcome.kind === 'problem') problems.push(`${where}: ${outcome.message}`);
      if (outcome.kind !== 'fix') return;
      if (!values.fix) {
        problems.push(`${where}: offsets or characters need fixing (run with --fix): "${quote}" is at ${outcome.start}-${outcome.end}`);
        return;
      }
      node.set('quote', outcome.quote);
      node.set('start', outcome.start);
      node.set('end', outcome.end);
      changed = true;
      fixed += 1;
    },
  });
  if (changed) writeFileSync(file.file, file.document.toString({ lineWidth: 0 }));
}
for (const problem of problems) console.error(problem);
console.log(`${fixed} evidence quote(s) fixed, ${problems.length} problem(s)`);
process.exit(problems.length > 0 ? 1 : 0);
