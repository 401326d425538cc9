import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { format } from 'node:util';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CHART_WIDTHS,
  indicatorSeries,
  ranksOverTime,
  WIDE_FROM,
} from '../../scripts/lib/docs/chart-specs.js';
import { exportedAs, isOptional } from '../../scripts/lib/docs/field-dictionary.js';
import { recordLabels } from '../../scripts/lib/docs/labels.js';
import { renderChart } from '../../scripts/lib/docs/render-chart.js';
import { type CatalogueRecord, writeCatalogue } from '../../scripts/lib/docs/write-catalogue.js';
import { COMMANDS } from '../../src/cli/main.js';
import { COLLECTION_NAMES, type CollectionName } from '../../src/core/collections.js';
import { jsonSchemaOf } from '../../src/export/tables.js';
import { createDataset } from '../../src/validate/validate-records.js';
import { mndMps } from '../support/cli.js';
import { cited, fixture, fixtureInput, FIXTURE_TEXT } from '../support/fixture.js';
import { projectRoot, scratchDir } from '../support/paths.js';

const ENTRIES = ['src/index.ts', 'src/data.ts', 'src/schemas.ts'];
const program = ts.createProgram(
  ENTRIES.map((entry) => join(projectRoot, entry)),
  {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  },
);

/** Each public export of an entry point, with whether it has a TSDoc description and how many @example tags. */
function publicExports(entry: string) {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(join(projectRoot, entry));
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`cannot read ${entry}`);
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    return {
      name: exported.getName(),
      described: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() !== '',
      examples: symbol.getJsDocTags(checker).filter((tag) => tag.name === 'example').length,
    };
  });
}

describe.each(ENTRIES)('the exports of %s', (entry) => {
  it('each have a TSDoc description and an @example', () => {
    const exports = publicExports(entry);
    expect(exports.length).toBeGreaterThan(10);
    expect(
      exports
        .filter((exported) => !exported.described || exported.examples === 0)
        .map((exported) => exported.name),
    ).toEqual([]);
  });
});

/**
 * Every code block in a language in a Markdown text, with the ```text block that directly follows
 * it (blank lines aside), if any: what the text shows the block prints.
 */
const markdownExamples = (file: string, language: string) =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      new RegExp(
        `^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`\\n(?:\\s*^\`\`\`text\\n([\\s\\S]*?)^\`\`\`$)?`,
        'gm',
      ),
    ),
  ].map((match, index) => ({
    origin: `${relative(projectRoot, file)} ${language} block ${index + 1}`,
    code: match[1] ?? '',
    shown: match[2],
  }));
/** A printed text as lines, without the spaces at their ends or the line ends after the last. */
const printedLines = (text: string) =>
  text
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => line.trimEnd());

/** Every code block in a language (```ts by default) in a Markdown or TSDoc text, without TSDoc's leading asterisks. */
const codeBlocks = (text: string, language = 'ts') =>
  [...text.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) =>
    (match[1] ?? '').replace(/^\s*\* ?/gm, ''),
  );
const markdownFiles = () => [
  join(projectRoot, 'README.md'),
  ...readdirSync(join(projectRoot, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(projectRoot, 'docs', name)),
];
const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? entry.name === 'generated'
        ? []
        : sourceFiles(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : [],
  );

/** A scratch consumer project whose node_modules links to this package, as installed. */
function consumerProject(prefix: string): string {
  const folder = scratchDir(prefix);
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify({ name: 'examples', private: true, type: 'module' }),
  );
  mkdirSync(join(folder, 'node_modules'));
  symlinkSync(projectRoot, join(folder, 'node_modules', 'mnd-mps-coordination'), 'dir');
  return folder;
}

describe('code examples', () => {
  const guides = markdownFiles().flatMap((file) => markdownExamples(file, 'ts'));
  const javascript = markdownFiles().flatMap((file) => markdownExamples(file, 'js'));
  const tsdoc = sourceFiles(join(projectRoot, 'src')).flatMap((file) =>
    codeBlocks(readFileSync(file, 'utf8')).map((code, index) => ({
      origin: `${relative(projectRoot, file)} example ${index + 1}`,
      code,
    })),
  );

  it('every example of the README, the guides and the TSDoc compiles in strict mode against the built package', () => {
    expect(guides.length).toBeGreaterThan(5);
    expect(tsdoc.length).toBeGreaterThan(80);
    const folder = consumerProject('mnd-mps-examples');
    const files = [...guides, ...tsdoc].map((example, index) => {
      const file = join(folder, `example-${index}.ts`);
      writeFileSync(file, `// ${example.origin}\n${example.code}\nexport {};\n`);
      return file;
    });
    const program = ts.createProgram(files, {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts'],
      strict: true,
      noEmit: true,
      // The examples are what is checked here; the package's declarations are checked with
      // skipLibCheck off in package.test.ts, and zod's and Node's need no checking by us.
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [join(projectRoot, 'node_modules', '@types')],
    });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .map(
        (diagnostic) =>
          `${diagnostic.file?.text.split('\n')[0] ?? ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`,
      );
    expect(errors).toEqual([]);
  });

  it('every example of the README and the guides runs (TypeScript as ECMAScript, JavaScript as CommonJS) and prints what the text shows after it', async () => {
    // In this process, as files of a consumer project whose node_modules links to this package.
    const folder = consumerProject('mnd-mps-run-examples');
    const require = createRequire(join(folder, 'package.json'));
    const failures: string[] = [];
    const printed: string[] = [];
    const outputs: { origin: string; printed: string[] }[] = [];
    const shown: { origin: string; printed: string[] }[] = [];
    const log = console.log;
    console.log = (...values: unknown[]) => printed.push(format(...values));
    try {
      for (const [index, example] of [...guides, ...javascript].entries()) {
        printed.length = 0;
        if (index < guides.length) {
          const file = join(folder, `example-${index}.ts`);
          writeFileSync(file, `${example.code}\nexport {};\n`);
          await import(file).catch((error: unknown) =>
            failures.push(`${example.origin}: ${String(error)}`),
          );
        } else {
          const file = join(folder, `example-${index}.cjs`);
          writeFileSync(file, example.code);
          try {
            require(file);
          } catch (error) {
            failures.push(`${example.origin}: ${String(error)}`);
          }
        }
        if (example.shown === undefined) continue;
        outputs.push({ origin: example.origin, printed: printedLines(printed.join('\n')) });
        shown.push({ origin: example.origin, printed: printedLines(example.shown) });
      }
    } finally {
      console.log = log;
    }
    expect(javascript.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
    expect(shown.length).toBeGreaterThan(5);
    expect(outputs).toEqual(shown);
  });

  it('every ```text block of the README and the guides directly follows the example whose output it shows', () => {
    for (const file of markdownFiles()) {
      const outputs = (readFileSync(file, 'utf8').match(/^```text$/gm) ?? []).length;
      const checked = ['ts', 'js', 'sh'].flatMap((language) =>
        markdownExamples(file, language).filter((example) => example.shown !== undefined),
      ).length;
      expect(checked, relative(projectRoot, file)).toBe(outputs);
    }
  });
});

/** The words of a command line as a POSIX shell splits them (double and single quotes only), and its comment. */
function commandLine(line: string): { words: string[]; comment: string } {
  const words: string[] = [];
  for (const [, double, single, comment, bare] of line.matchAll(
    /"([^"]*)"|'([^']*)'|(#.*)|(\S+)/g,
  )) {
    if (comment !== undefined) return { words, comment };
    words.push(double ?? single ?? bare ?? '');
  }
  return { words, comment: '' };
}

describe('the commands of the README', () => {
  it('run in process, each shell block in a fresh folder, exit 0, write the folders their comments name and print what the README shows; every command is among them', async () => {
    const blocks = markdownExamples(join(projectRoot, 'README.md'), 'sh');
    const failures: string[] = [];
    const outputs: { origin: string; printed: string[] }[] = [];
    const shown: { origin: string; printed: string[] }[] = [];
    const named = new Set<string>();
    for (const block of blocks) {
      // A clone of the repository as the README's commands see it: ./data is the authored data.
      const folder = scratchDir('mnd-mps-readme');
      symlinkSync(join(projectRoot, 'data'), join(folder, 'data'), 'dir');
      const lines = block.code.split('\n').filter((line) => line.startsWith('npx mnd-mps '));
      if (block.shown !== undefined) expect(lines, block.origin).toHaveLength(1);
      for (const line of lines) {
        const { words, comment } = commandLine(line);
        const args = words
          .slice(2)
          .map((word) => (word.startsWith('./') ? join(folder, word) : word));
        named.add(args[0] ?? '');
        const result = await mndMps(...args);
        if (result.status !== 0)
          failures.push(`${block.origin}: ${line}: exit ${result.status}: ${result.stderr}`);
        // "# json/, ndjson/ ... and sqlite/": the folders the export writes, and no others.
        const folders = [...comment.matchAll(/\b([a-z]+)\//g)].map((match) => match[1] ?? '');
        const out = args[args.indexOf('--out') + 1];
        if (args[0] === 'export' && folders.length > 0 && out !== undefined)
          expect(
            readdirSync(out)
              .filter((name) => !name.startsWith('.'))
              .sort(),
            line,
          ).toEqual(folders.sort());
        if (block.shown === undefined) continue;
        outputs.push({ origin: block.origin, printed: printedLines(result.stdout) });
        shown.push({ origin: block.origin, printed: printedLines(block.shown) });
      }
    }
    expect(failures).toEqual([]);
    expect(shown.length).toBeGreaterThan(0);
    expect(outputs).toEqual(shown);
    expect(COMMANDS.map((command) => command.name).filter((name) => !named.has(name))).toEqual([]);
  });
});

describe('the data catalogue, made from the fixture', () => {
  const dataset = fixture();
  let folder = '';
  let written: string[] = [];
  let records: CatalogueRecord[] = [];
  const page = (collection: string) => readFileSync(join(folder, `${collection}.md`), 'utf8');

  beforeAll(async () => {
    folder = scratchDir('mnd-mps-catalogue');
    const searchLog = join(folder, '..', 'coverage-searches.yaml');
    writeFileSync(
      searchLog,
      [
        '- { province: quang-ninh, name: Quảng Ninh, searched: 2026-12-06, queries: 3, found: [], note: Pages name its figures only. }',
        '- { province: bac-kan, name: Bắc Kạn, searched: 2026-12-06, queries: 2, found: [], note: Nothing found. }',
      ].join('\n'),
    );
    ({ files: written, records } = await writeCatalogue(dataset, folder, '9.9.9', searchLog));
  });

  /** The record sections of a catalogue page: each heading's text (unescaped) and anchor, in order. */
  const sectionsOf = (collection: string) => {
    const text = page(collection);
    const records = text.slice(
      text.indexOf('\n## Records\n'),
      text.indexOf('\n## Field dictionary\n'),
    );
    return [...records.matchAll(/^### (.+) \{#([a-z0-9-]+)\}$/gm)].map(
      ([, heading = '', id = '']) => ({
        heading: heading.replace(/\\(.)/g, '$1'),
        id,
      }),
    );
  };

  it('has an index and one page per collection, a section per record, and links only to records that exist', () => {
    expect(written.filter((path) => path.endsWith('.md')).sort()).toEqual(
      [
        'index.md',
        'coverage.md',
        ...COLLECTION_NAMES.map((collection) => `${collection}.md`),
      ].sort(),
    );
    // The coverage page has a row per province searched: a link where the dataset has the place.
    const coverage = readFileSync(join(folder, 'coverage.md'), 'utf8');
    expect(coverage).toContain('| [Quang Ninh](places.md#quang-ninh) |');
    expect(coverage).toContain('| Bắc Kạn |');
    expect(coverage).toContain('records 0 provincial meetings in 0 of the 63 provinces');
    expect(readFileSync(join(folder, 'index.md'), 'utf8')).toContain('9.9.9');
    // One section per record, anchored on its id; the search index has the same sections.
    for (const collection of COLLECTION_NAMES)
      expect(
        sectionsOf(collection)
          .map((section) => section.id)
          .sort(),
        collection,
      ).toEqual(dataset[collection].map((record) => record.id).sort());
    expect(records.map((record) => `${record.collection}#${record.id}`).sort()).toEqual(
      COLLECTION_NAMES.flatMap((collection) =>
        sectionsOf(collection).map((section) => `${collection}#${section.id}`),
      ).sort(),
    );
    const broken: string[] = [];
    for (const name of written.filter((file) => file.endsWith('.md'))) {
      // Links in the text, and the links of the charts' marks.
      for (const [, target = '', anchor = ''] of readFileSync(join(folder, name), 'utf8').matchAll(
        /(?:\]\(|<a href=")([a-z-]+\.md)#([a-z0-9-]+)[)"]/g,
      )) {
        if (
          !dataset[target.replace('.md', '') as (typeof COLLECTION_NAMES)[number]]?.some(
            (record) => record.id === anchor,
          )
        )
          broken.push(`${name}: ${target}#${anchor}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('shows each quantity in its words, the kind of each piece of evidence, and draws bounds, never made-up numbers', () => {
    expect(page('metrics')).toContain('“more than 100”');
    expect(page('meetings')).toMatch(/cited/);
    const households = indicatorSeries(
      dataset,
      dataset.indicators.find((indicator) => indicator.id === 'households')!,
    );
    expect((households?.data as { values: unknown[] }).values).toEqual([
      expect.objectContaining({ lower: null, upper: 50, at: 50, bounds: 'upper bound only' }),
    ]);
    for (const chart of written.filter((path) => path.startsWith('charts/'))) {
      const [, width = '0', height = '0'] =
        /<svg[^>]* width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(
          readFileSync(join(folder, chart), 'utf8'),
        ) ?? [];
      expect(Number(width) * Number(height), chart).toBeGreaterThan(0);
    }
  });

  /** Every link of the catalogue to a record: its text (unescaped), collection and anchor. */
  const recordLinksIn = (name: string) =>
    [
      ...readFileSync(join(folder, name), 'utf8').matchAll(
        /\[((?:\\.|[^\]\\])*)\]\(([a-z-]+)\.md#([a-z0-9-]+)\)/g,
      ),
    ].map(([, text = '', collection = '', id = '']) => ({
      name,
      text: text.replace(/\\(.)/g, '$1'),
      collection: collection as CollectionName,
      id,
    }));

  it('calls every record it links to by its label (a name, a date and title, a publisher and headline), never its id, and anchors the link on the id', () => {
    const label = recordLabels(dataset);
    const links = written.filter((path) => path.endsWith('.md')).flatMap(recordLinksIn);
    expect(links.length).toBeGreaterThan(50);
    expect(
      links.filter((link) => link.text === link.id).map((link) => `${link.name}: ${link.text}`),
    ).toEqual([]);
    expect(
      links
        .filter((link) => link.text !== label(link.collection, link.id))
        .map((link) => `${link.name}: ${link.text} (${link.collection}#${link.id})`),
    ).toEqual([]);
    expect(page('meetings')).toContain('[Le Van A](people.md#le-van-a)');
    expect(page('people')).toContain(
      '[31 Jul 2020: Review of the first half of 2020](meetings.md#review-2020-h1)',
    );
    expect(page('meetings')).toContain('[Example News: A made-up page](sources.md#page)');
    expect(page('meetings')).toMatch(
      /^### 31 Jul 2020: Review of the first half of 2020 \{#review-2020-h1\}$/m,
    );
  });

  it('heads each record by what readers know it by, in the order they look for it, anchored on its id', () => {
    const sections = (collection: string) =>
      sectionsOf(collection).map((section) => `${section.heading} #${section.id}`);
    // Meetings by date, with their date and title; people, bodies and places by name, with the
    // Vietnamese name; a document by its number (here its title gives it).
    expect(sections('meetings')).toEqual([
      '31 Jul 2020: Review of the first half of 2020 #review-2020-h1',
      '2021: A meeting known only to its year #review-2021',
      '9 Feb 2023: Review of 2022 #review-2022',
    ]);
    expect(sections('people')).toEqual(['Le Van A #le-van-a', 'Tran Thi B #tran-thi-b']);
    expect(sections('places')).toEqual(['Ha Long #ha-long', 'Quang Ninh (Quảng Ninh) #quang-ninh']);
    expect(sections('documents')).toEqual(['Decree No. 03/2019/ND-CP #decree-03']);
    // The overview table lists the records in the sections' order.
    const rows = page('meetings')
      .split('\n')
      .filter((line) => line.startsWith('| ['))
      .map((line) => /\]\(meetings\.md#([a-z0-9-]+)\)/.exec(line)?.[1]);
    expect(rows).toEqual(['review-2020-h1', 'review-2021', 'review-2022']);
    // A record's own names, for the search: a place's name in both languages.
    expect(records.find((record) => record.id === 'quang-ninh')).toEqual({
      collection: 'places',
      page: 'Places',
      id: 'quang-ninh',
      heading: 'Quang Ninh (Quảng Ninh)',
      names: ['Quang Ninh', 'Quảng Ninh'],
    });
  });

  it('opens each page with a table of its records (the metrics a table per year, under headings to jump to), before the charts and the sections', () => {
    for (const collection of COLLECTION_NAMES.filter((name) => dataset[name].length > 0)) {
      const lines = page(collection).split('\n');
      const records = lines.indexOf('## Records');
      // The tables before the records: runs of table lines, each a header, a rule and its rows.
      const tables: { start: number; rows: number }[] = [];
      for (const [index, line] of lines.slice(0, records).entries()) {
        if (!line.startsWith('| ')) continue;
        const last = tables.at(-1);
        if (last && last.start + last.rows + 2 === index) last.rows += 1;
        else tables.push({ start: index, rows: -1 });
      }
      expect(
        tables.reduce((sum, table) => sum + table.rows, 0),
        collection,
      ).toBe(dataset[collection].length);
      if (collection !== 'metrics') expect(tables, collection).toHaveLength(1);
      const chart = lines.findIndex((line) => line.startsWith('<figure class="catalogue-chart">'));
      if (chart >= 0) expect(tables[0]?.start ?? -1, collection).toBeLessThan(chart);
    }
    // The figures by year: a heading to jump to before each table, the years listed first.
    const metrics = page('metrics');
    const years = [...metrics.matchAll(/^### (.+) \{#(figures-[a-z0-9-]+)\}\n\n<div/gm)].map(
      ([, heading, anchor]) => `${heading} #${anchor}`,
    );
    expect(years).toEqual([
      '2021 #figures-2021',
      '2022 #figures-2022',
      'Over several years #figures-over-several-years',
    ]);
    expect(metrics).toContain(
      'The figures by the year of their period: [2021](#figures-2021) (2), [2022](#figures-2022) (1), [Over several years](#figures-over-several-years) (1).',
    );
    // A meeting's row gives its co-chairs with the rank each source gives them there, the sources numbered.
    const row =
      page('meetings')
        .split('\n')
        .find((line) => line.startsWith('| [9 Feb 2023: Review of 2022]')) ?? '';
    expect(row).toContain(
      '[Le Van A](people.md#le-van-a): “Lieutenant General” (1)<br>[Tran Thi B](people.md#tran-thi-b): no rank given',
    );
    expect(row).toContain(
      '1. [A made-up article](sources.md#article)<br>2. [Example News: A made-up page](sources.md#page)',
    );
    expect(page('people')).toMatch(
      // The latest rank is the promotion on its own date, after the last meeting.
      /^\| \[Le Van A\]\(people\.md#le-van-a\) \| not given \| army \| “Đại tướng”, 20 Oct 2024 \| 2 \(2020, 2023\) \|$/m,
    );
    expect(page('conflicts')).toContain('| contradiction | no |');
  });

  it('says the kind of every piece of evidence it shows, and which facts of each record rest on cited pages only', () => {
    const kinds = (text: string) =>
      (text.match(/quote checked in the bundled text of|cited on the public page/g) ?? []).length;
    expect(kinds(page('metrics'))).toBe(
      dataset.metrics.reduce((sum, metric) => sum + metric.evidence.length, 0),
    );
    expect(kinds(page('conflicts'))).toBe(
      dataset.conflicts.reduce(
        (sum, conflict) =>
          sum +
          conflict.claims.reduce((claims, claim) => claims + claim.evidence.length, 0) +
          (conflict.resolution?.evidence.length ?? 0),
        0,
      ),
    );
    expect(page('metrics')).toContain(
      'quote checked in the bundled text of [A made-up article](sources.md#article): “removed more than 100 links”',
    );
    expect(page('meetings')).toContain(
      '**Evidence**: 1 quote checked in a bundled text and 1 place cited on a public page, from [A made-up article](sources.md#article), [Example News: A made-up page](sources.md#page)',
    );
    for (const collection of [
      'meetings',
      'people',
      'organizations',
      'places',
      'documents',
      'metrics',
      'sources',
      'conflicts',
    ] as const)
      expect(
        page(collection).match(/^- \*\*Rests on cited pages only\*\*: /gm),
        collection,
      ).toHaveLength(dataset[collection].length);
    expect(page('meetings')).toContain(
      '**Rests on cited pages only**: [Command A](organizations.md#command-a) as attendee',
    );
    expect(page('people')).toContain(
      '**Rests on cited pages only**: the date of the rank “Đại tướng”; the rank “Đại tướng”; the position “member of Ministry A”; the name',
    );
    expect(page('sources')).toContain(
      '**Rests on cited pages only**: every fact: no bundled text backs anything in this record',
    );
  });

  /** The plot of a rendered chart (the first frame's size) and the centres of its point marks, relative to it. */
  const plotOf = (svg: string) => {
    const [, width = '0', height = '0'] =
      /class="background"[^>]*d="M0,0h([\d.]+)v([\d.]+)h/.exec(svg) ?? [];
    const points = [
      ...svg.matchAll(/aria-roledescription="point" transform="translate\(([\d.-]+),([\d.-]+)\)"/g),
    ].map(([, x = '0', y = '0']) => [Number(x), Number(y)] as const);
    return { width: Number(width), height: Number(height), points };
  };
  const legendOf = (svg: string) =>
    [...svg.matchAll(/class="mark-text role-legend-label"[^>]*><text[^>]*>([^<]*)<\/text>/g)].map(
      ([, text]) => text,
    );
  const chart = (file: string) => readFileSync(join(folder, 'charts', `${file}.svg`), 'utf8');

  it('draws each chart twice, for a phone (its text 11 px or more in the 326 px column of a 390 px phone) and for a laptop (at most 640 px wide, its text 11 px or more from WIDE_FROM px up)', () => {
    const charts = written.filter((path) => path.startsWith('charts/'));
    const names = [
      'indicator-drug-cases',
      'indicator-households',
      'indicator-links-removed',
      'meetings-timeline',
      'ranks-le-van-a',
      'ranks-tran-thi-b',
      'recurring-figures',
    ];
    expect(charts.map((path) => path.replace(/^charts\/|\.svg$/g, '')).sort()).toEqual(
      names.flatMap((name) => [name, `${name}-wide`]).sort(),
    );
    for (const path of charts) {
      const svg = readFileSync(join(folder, path), 'utf8');
      const [, width = '0'] = /<svg[^>]* width="([\d.]+)"/.exec(svg) ?? [];
      const wide = path.endsWith('-wide.svg');
      expect(Number(width), path).toBe(wide ? CHART_WIDTHS.wide : CHART_WIDTHS.narrow);
      expect(Number(width), path).toBeLessThanOrEqual(640);
      const smallest = Math.min(
        ...[...svg.matchAll(/font-size="([\d.]+)px"/g)].map(([, size]) => Number(size)),
      );
      expect((smallest * (wide ? WIDE_FROM : 326)) / Number(width), path).toBeGreaterThanOrEqual(
        11,
      );
    }
    // Both drawings inline on the page, in one box.
    expect(page('meetings')).toMatch(
      /^<figure class="catalogue-chart">\n<svg [^\n]*class="marks chart-narrow"[^\n]*<\/svg>\n<svg [^\n]*class="marks chart-wide"[^\n]*<\/svg>\n<\/figure>$/m,
    );
  });

  it("links each chart's marks to the records they draw", () => {
    const links = (svg: string) =>
      [...svg.matchAll(/<a xlink:href="([a-z-]+)\.md#([a-z0-9-]+)">/g)].map(
        ([, collection, id]) => `${collection}#${id}`,
      );
    for (const suffix of ['', '-wide']) {
      // Each meeting's mark and label link to its section.
      const meetings = chart(`meetings-timeline${suffix}`);
      expect(links(meetings)).toHaveLength(2 * dataset.meetings.length);
      expect(new Set(links(meetings))).toEqual(
        new Set(dataset.meetings.map((meeting) => `meetings#${meeting.id}`)),
      );
      // Each point of a series links to its metric, and each bar to the same.
      const series = chart(`indicator-links-removed${suffix}`);
      expect(plotOf(series).points.length).toBeGreaterThan(0);
      expect(new Set(links(series))).toEqual(
        new Set(
          dataset.metrics
            .filter((metric) => metric.indicator === 'links-removed')
            .map((metric) => `metrics#${metric.id}`),
        ),
      );
      // A rank claim links to the meeting it was reported at, a promotion to its source.
      const ranks = chart(`ranks-le-van-a${suffix}`);
      const person = dataset.people.find((candidate) => candidate.id === 'le-van-a')!;
      expect(links(ranks)).toEqual(
        person.ranks.map((claim) =>
          claim.meeting === null
            ? `sources#${claim.evidence[0]?.source}`
            : `meetings#${claim.meeting}`,
        ),
      );
    }
    // Inline, the links are plain href, which TypeDoc rewrites to the pages' addresses.
    expect(page('meetings')).toContain('<a href="meetings.md#review-2020-h1">');
    expect(page('meetings')).not.toContain('xlink:href');
  });

  it('draws a mark per meeting labelled with its co-chairs, the recurring figures, and a single point inside the frame with a legend of the values used', () => {
    const meetings = chart('meetings-timeline');
    expect(plotOf(meetings).points).toHaveLength(dataset.meetings.length);
    for (const name of ['Le Van A, Tran Thi B', 'no co-chairs named'])
      expect(meetings).toContain(`>${name}<`);
    expect(legendOf(meetings)).toEqual(['national']);
    // Only links removed is reported for two periods (2021 and 2022).
    const recurring = chart('recurring-figures');
    expect(recurring).toContain('Links removed (links)');
    expect(recurring).not.toContain('Drug cases (cases)');
    for (const file of ['indicator-households', 'indicator-drug-cases', 'ranks-tran-thi-b']) {
      const { width, height, points } = plotOf(chart(file));
      expect(points, file).toHaveLength(1);
      for (const [x, y] of points) {
        expect(x, file).toBeGreaterThanOrEqual(10);
        expect(x, file).toBeLessThanOrEqual(width - 10);
        expect(y, file).toBeGreaterThan(0);
        expect(y, file).toBeLessThan(height);
      }
    }
    expect(legendOf(chart('indicator-households'))).toEqual(['upper bound only']);
    expect(legendOf(chart('indicator-links-removed'))).toEqual(['lower bound only']);
    expect(legendOf(chart('ranks-le-van-a'))).toEqual(['reported at a meeting', 'promotion']);
    expect(legendOf(chart('ranks-tran-thi-b'))).toEqual(['reported at a meeting']);
  });

  it("charts an official's promotions with the ranks reported at meetings, dated by their own asOf", async () => {
    const input = fixtureInput();
    const promoted = createDataset(
      {
        ...input,
        people: input.people?.map((person) =>
          person.id === 'tran-thi-b'
            ? {
                ...person,
                ranks: [
                  ...(person.ranks ?? []),
                  {
                    rank: 'dai-ta',
                    asReported: 'Senior Colonel',
                    kind: 'promotion',
                    meeting: null,
                    asOf: {
                      edtf: '2024-03',
                      evidence: [
                        cited('the headline', 'The page reports her promotion in March 2024.'),
                      ],
                    },
                    evidence: [
                      cited('the headline', 'The page reports her promotion to Senior Colonel.'),
                    ],
                  },
                ],
              }
            : person,
        ),
      },
      { texts: { article: FIXTURE_TEXT } },
    );
    const person = promoted.people.find((candidate) => candidate.id === 'tran-thi-b')!;
    const svg = await renderChart(ranksOverTime(person)!);
    const { width, points } = plotOf(svg);
    expect(points).toHaveLength(2);
    for (const [x] of points) expect(x > 0 && x < width).toBe(true);
    expect(legendOf(svg)).toEqual(['reported at a meeting', 'promotion']);
    expect(svg).toContain('Senior Colonel');
  });

  it("says where each field is in the exports' tidy tables: a snake_case column, a list's own table, the evidence or inferences table", () => {
    expect(exportedAs('meetings', ['date', 'edtf'])).toBe('`meetings.date_edtf`');
    expect(exportedAs('meetings', ['periodReviewed', 'latest'])).toBe(
      '`meetings.period_reviewed_latest`',
    );
    expect(exportedAs('meetings', ['coChairs'])).toBe('table `meeting_co_chairs`');
    expect(exportedAs('people', ['otherNames'])).toBe('table `person_other_names`');
    expect(exportedAs('meetings', ['date', 'evidence'])).toBe('table `evidence`');
    expect(exportedAs('documents', ['mentions'])).toBe('table `evidence`');
    expect(exportedAs('places', ['inferences'])).toBe('table `inferences`');
    expect(exportedAs('sources', ['reports'])).toMatch(/^no table: derived/);
    const meetings = page('meetings');
    expect(meetings).not.toContain('lists as JSON');
    expect(meetings).toContain('| `date.edtf` | `meetings.date_edtf` |');
    expect(meetings).toContain('| `coChairs` | table `meeting_co_chairs` |');
  });

  it('calls a field optional when a record may leave it absent, null, inside a null object or empty', () => {
    const meeting = jsonSchemaOf('meetings');
    expect(isOptional(meeting, ['id'])).toBe(false);
    expect(isOptional(meeting, ['date', 'edtf'])).toBe(false);
    expect(isOptional(meeting, ['note'])).toBe(true);
    expect(isOptional(meeting, ['periodReviewed', 'edtf'])).toBe(true);
    expect(() => isOptional(meeting, ['venue'])).toThrow(/no field "venue"/);
  });
});
