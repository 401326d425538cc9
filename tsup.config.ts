import { defineConfig, type Options } from 'tsup';

/** The bundle: ESM + CJS + declarations for each public entry point. `scripts/build.ts` builds it into a temporary folder first. */
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

export default defineConfig(bundleOptions);
