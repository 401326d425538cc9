// The `mnd-mps` command. Output that cannot be written (a full disk, a closed pipe) ends the
// process with an error, except a reader that stopped reading (EPIPE into `head`), which is
// not a failure.
import { runCli } from './main.js';

const write = (stream: NodeJS.WriteStream) => (text: string) => {
  stream.write(`${text}\n`);
};
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`mnd-mps: cannot write the output: ${error.code ?? error.message}\n`);
    process.exit(1);
  });
}
process.exitCode = await runCli(process.argv.slice(2), {
  out: write(process.stdout),
  err: write(process.stderr),
});
