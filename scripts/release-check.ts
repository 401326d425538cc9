/**
 * Fails when the pending changesets ask for a smaller release than the data changes require (or
 * there is none while the data changed), naming the records and fields that require more; also
 * when the package was versioned without writing its release manifest or its changelog entry.
 *
 *   tsx scripts/release-check.ts [--data <dir>] [--manifest <file>] [--changesets <dir>] [--changelog <file>]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkRelease } from './lib/release-check.js';
import { DEFAULT_MANIFEST, projectRoot } from './lib/working-state.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(projectRoot, 'data') },
    manifest: { type: 'string', default: DEFAULT_MANIFEST },
    changesets: { type: 'string', default: join(projectRoot, '.changeset') },
    changelog: { type: 'string', default: join(projectRoot, 'CHANGELOG.md') },
  },
});
const { ok, lines } = checkRelease(values);
for (const line of lines) (ok ? console.log : console.error)(line);
process.exit(ok ? 0 : 1);
