import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One scratch folder for the whole test run (tests make theirs inside it), removed at the end. */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'mnd-mps-tests-'));
  process.env.MND_MPS_SCRATCH = root;
  return () => rmSync(root, { recursive: true, force: true });
}
