import { runCli } from '../../src/cli/main.js';

/** Runs the CLI in this process, as `mnd-mps <args>` would run, and collects what it prints. */
export async function mndMps(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}
