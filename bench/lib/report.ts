import { cpus, totalmem } from 'node:os';
import type { BenchResult } from './result.js';

/** What the figures were measured on. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly platform: string;
  readonly node: string;
}

export function describeMachine(): Machine {
  const [first] = cpus();
  return {
    cpu: first?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
  };
}

/** A number with three significant digits (whole numbers as they are, with thousands separators). */
function figure(value: number | null): string {
  if (value === null || Number.isNaN(value)) return '–';
  if (Number.isInteger(value) && Math.abs(value) >= 100) return value.toLocaleString('en-US');
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  return magnitude >= 100
    ? value.toFixed(0)
    : magnitude >= 0.01
      ? value.toPrecision(3)
      : value.toExponential(2);
}

/** A figure with its unit, times per operation in the unit that suits them (ms, µs or ns). */
function withUnit(value: number, unit: string): string {
  if (unit !== 'ms/op' || value >= 1) return `${figure(value)} ${unit}`;
  return value >= 0.001 ? `${figure(value * 1e3)} µs/op` : `${figure(value * 1e6)} ns/op`;
}

function verdict(row: BenchResult): string {
  if (row.holds === null || row.target === null) return '';
  const limit =
    row.targetOn === 'value' ? `≤ ${figure(row.target)} ${row.unit}` : `≤ ${figure(row.target)}×`;
  return `${row.holds ? 'holds' : 'MISSES'} (${limit})`;
}

const COLUMNS = [
  'suite',
  'measure',
  'scale',
  'figure',
  'baseline',
  'baseline figure',
  'ratio',
  'target',
] as const;

function cells(row: BenchResult): string[] {
  return [
    row.suite,
    row.name,
    row.scale === null ? '' : `${row.scale}x`,
    withUnit(row.value, row.unit),
    row.baselineName ?? '',
    row.baseline === null ? '' : withUnit(row.baseline, row.unit),
    row.ratio === null ? '' : `${figure(row.ratio)}×`,
    verdict(row),
  ];
}

/** The results as an aligned plain-text table, for the terminal. */
export function textTable(rows: readonly BenchResult[]): string {
  const table = [[...COLUMNS], ...rows.map(cells)];
  const widths = COLUMNS.map((_, column) =>
    Math.max(...table.map((line) => [...line[column]!].length)),
  );
  return table
    .map((line) =>
      line
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

/** The results as a Markdown table, with the notes under it. */
export function markdownTable(rows: readonly BenchResult[]): string {
  const header = `| ${COLUMNS.join(' | ')} |\n| ${COLUMNS.map(() => '---').join(' | ')} |`;
  const body = rows.map((row) => `| ${cells(row).map(escapeCell).join(' | ')} |`).join('\n');
  const notes = rows
    .filter((row) => row.note)
    .map((row) => `- **${row.name}**${row.scale === null ? '' : ` (${row.scale}x)`}: ${row.note}`);
  return [header, body].join('\n') + (notes.length > 0 ? `\n\nNotes:\n\n${notes.join('\n')}` : '');
}

/** A one-line count of the targets that hold. */
export function targetSummary(rows: readonly BenchResult[]): string {
  const checked = rows.filter((row) => row.holds !== null);
  const missed = checked.filter((row) => row.holds === false);
  return `${checked.length - missed.length} of ${checked.length} targets hold${missed.length > 0 ? `; missed: ${missed.map((row) => `${row.name}${row.scale === null ? '' : ` (${row.scale}x)`}`).join('; ')}` : ''}`;
}
