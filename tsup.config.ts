import { defineConfig, type Options } from 'tsup';

/**
 * The records' JSON as a quoted string, not a template literal (esbuild's choice when a string
 * holds many double quotes): Node compiles a module with a long template literal about 14 ms
 * slower, a quarter of the time to the first answer.
 */
const quotedStrings: Options['esbuildOptions'] = (options) => {
  options.supported = { ...options.supported, 'template-literal': false };
};

/** The library: ESM + CJS + declarations for each public entry point. */
export const bundleOptions: Options = {
  entry: { index: 'src/index.ts', data: 'src/data.ts', schemas: 'src/schemas.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: 'node20',
  platform: 'node',
  noExternal: ['date-fns', '@date-fns/utc'],
  outDir: 'dist',
  esbuildOptions: quotedStrings,
};

/**
 * The `mnd-mps` command, ESM, split so that a command loads only what it uses (the summary loads
 * neither zod nor the YAML parser). The YAML parser (for `validate` and `show`) and the CSV
 * writer (for `export`) are bundled in, so the package's runtime dependencies stay zod and
 * date-fns.
 */
export const cliOptions: Options = {
  entry: { 'mnd-mps': 'src/cli/bin.ts' },
  format: ['esm'],
  dts: false,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: false,
  target: 'node20',
  platform: 'node',
  noExternal: ['yaml', 'csv-stringify', 'date-fns', '@date-fns/utc'],
  // The bundled YAML parser is CommonJS and calls require(); give the ESM bundle one.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  outDir: 'dist/cli',
  esbuildOptions: quotedStrings,
};

export default defineConfig([bundleOptions, cliOptions]);
