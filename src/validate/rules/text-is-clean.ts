import { forEachChild } from '../../core/evidence.js';
import type { FieldPath } from '../../core/problem.js';
import { shown } from '../../core/text.js';
import { forEachRecord, type Rule } from '../rule.js';

/** Characters no record text needs: controls but line breaks and tabs, direction marks and overrides, invisible ones. */
const UNCLEAN =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/**
 * Calls `visit` with every string inside a value and its path (records nest a few levels). The
 * path is one array the walk reuses: copy it to keep it.
 */
function forEachString(
  value: unknown,
  path: (string | number)[],
  visit: (text: string, path: FieldPath) => void,
) {
  if (typeof value === 'string') return visit(value, path);
  if (value === null || typeof value !== 'object' || path.length > 16) return;
  const step = (key: string | number, child: unknown) => {
    path.push(key);
    forEachString(child, path, visit);
    path.pop();
  };
  forEachChild(value, step);
}

/** Text in ASCII, which is in NFC whatever it holds: most ids, dates and addresses. */
const ASCII = /^[\u0000-\u007f]*$/;

/**
 * Every text of a record is in Unicode NFC and holds no control character (but line breaks and
 * tabs), no direction mark or override and no invisible character (zero-width spaces and
 * joiners, the byte-order mark): a name that looks like another, or reads backwards, is refused
 * however the records are given (files or `createDataset`).
 */
export const textIsClean: Rule = {
  name: 'text-is-clean',
  check(records, _context, report) {
    forEachRecord(records, (collection, record) => {
      forEachString(record, [], (text, path) => {
        const [character] = UNCLEAN.exec(text) ?? [];
        const wrong =
          character !== undefined
            ? `holds ${shown(character)}, a character no record text needs`
            : !ASCII.test(text) && text !== text.normalize('NFC')
              ? 'is not in Unicode NFC: write it composed, as the texts are'
              : null;
        if (wrong) report(collection, record.id, [...path], `${shown(text)} ${wrong}`);
      });
    });
  },
};
