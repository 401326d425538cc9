import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

/**
 * The records' JSON as a quoted string, not a template literal (esbuild's choice when a string
 * holds many double quotes): Node compiles a module with a long template literal about 14 ms
 * slower, a quarter of the time to the first answer.
 */
const quotedStrings: Options['esbuildOptions'] = (options) => {
  options.supported = { ...options.supported, 'template-literal': false };
};

/**
 * The YAML parser's ECMAScript-module build: its Node build is CommonJS and require()s `process`,
 * which an ECMAScript bundle cannot do without a `require` of its own.
 */
const yamlAsModule = {
  name: 'yaml-as-module',
  setup(build: {
    onResolve: (options: { filter: RegExp }, resolve: () => { path: string }) => void;
  }) {
    const path = fileURLToPath(new URL('node_modules/yaml/browser/index.js', import.meta.url));
    build.onResolve({ filter: /^yaml$/ }, () => ({ path }));
  },
};

/**
 * One ECMAScript build of the three entries and the `mnd-mps` command, split into shared chunks,
 * so the records are in the package once: the command loads the library's own chunks, and only
 * what a command uses (the summary loads neither zod nor the YAML parser). The CommonJS entries
 * are written after it (`scripts/lib/commonjs-entries.ts`): each require()s its ECMAScript entry.
 * date-fns, MiniSearch's radix tree (for search), the YAML parser (for `validate` and `show`),
 * the CSV and Parquet writers (for `export`) are bundled in, so the package's runtime
 * dependencies stay zod alone; SQLite (sql.js, compiled to WebAssembly) is not bundled but copied
 * beside the chunks by the build (`dist/sqljs/`), and `export --format sqlite` alone loads it.
 */
export const bundleOptions: Options = {
  entry: {
    index: 'src/index.ts',
    data: 'src/data.ts',
    schemas: 'src/schemas.ts',
    'cli/mnd-mps': 'src/cli/bin.ts',
  },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', data: 'src/data.ts', schemas: 'src/schemas.ts' } },
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: 'node20',
  platform: 'node',
  noExternal: [
    'date-fns',
    '@date-fns/utc',
    'yaml',
    'csv-stringify',
    'hyparquet-writer',
    'hyparquet',
    'minisearch',
  ],
  outDir: 'dist',
  esbuildOptions: quotedStrings,
  esbuildPlugins: [yamlAsModule as never],
};

export default defineConfig(bundleOptions);
