import { defineConfig, type Options } from 'tsup';

/** The library: ESM + CJS + declarations for each public entry point. */
export const bundleOptions: Options = {
  entry: {
    index: 'src/index.ts',
    data: 'src/data.ts',
    schemas: 'src/schemas/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
};

/**
 * The `mnd-mps` command: one ESM file. The YAML parser (for `validate`) and the CSV writer (for
 * `export`) are bundled into it, so the package's only runtime dependency stays zod.
 */
export const cliOptions: Options = {
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  dts: false,
  splitting: false,
  treeshake: true,
  sourcemap: false,
  clean: false,
  target: 'node20',
  platform: 'node',
  noExternal: ['yaml', 'csv-stringify'],
  // The bundled YAML parser is CommonJS and calls require(); give the ESM bundle one.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  outDir: 'dist',
};

export default defineConfig([bundleOptions, cliOptions]);
