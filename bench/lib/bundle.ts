import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A bundle as a consumer's bundler makes it: its minified code and esbuild's metafile. */
export interface ConsumerBundle {
  readonly code: Uint8Array;
  readonly metafile: Metafile;
}

/**
 * Bundles `contents` (ESM that imports the package by name) the way a consumer would: esbuild,
 * bundled, minified, tree-shaken, platform neutral. The package resolves to this repository's
 * built `dist/` through its own package.json "exports".
 */
export async function bundleConsumer(contents: string): Promise<ConsumerBundle> {
  const built = await build({
    stdin: { contents, resolveDir: PACKAGE_ROOT, loader: 'js' },
    absWorkingDir: PACKAGE_ROOT,
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'neutral',
    // Platform neutral sets no main fields; "exports" (with its "import" condition) decides anyway.
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: built.outputFiles[0]!.contents, metafile: built.metafile };
}

/** The input files that left code in a bundle. */
export function keptInputs(metafile: Metafile): string[] {
  const [output] = Object.values(metafile.outputs);
  return Object.entries(output!.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}
