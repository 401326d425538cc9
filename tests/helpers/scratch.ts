import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new empty folder inside the test run's scratch folder (removed when the run ends). */
export function scratchDir(prefix: string): string {
  return mkdtempSync(join(process.env.MND_MPS_SCRATCH ?? tmpdir(), `${prefix}-`));
}
