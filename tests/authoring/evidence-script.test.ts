import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dataFixture } from '../helpers/data-fixture.js';
import { runScript } from '../helpers/run-script.js';

describe('scripts/evidence.ts', () => {
  it('passes --check on the real data', () => {
    const result = runScript('evidence.ts', ['--check']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fills in offsets and exact characters for a quote typed by hand', () => {
    const fixture = dataFixture();
    const file = 'people/luong-tam-quang.yaml';
    const original = parse(readFileSync(join(fixture.root, file), 'utf8'));
    fixture.edit(file, (text) =>
      text
        .replaceAll(/, start: \d+, end: \d+ \}/g, ' }')
        .replaceAll('MPS’s Office" }', 'MPS\'s Office" }'),
    );
    const check = runScript('evidence.ts', ['--check', '--data', fixture.root]);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('offsets or characters need fixing (run with --fix)');
    const fix = runScript('evidence.ts', ['--fix', '--data', fixture.root]);
    expect(fix.status).toBe(0);
    expect(fix.stdout).toContain('2 evidence quote(s) fixed, 0 problem(s)');
    expect(parse(readFileSync(join(fixture.root, file), 'utf8'))).toEqual(original);
  });

  it('asks which occurrence is meant when a quote occurs more than once', () => {
    const fixture = dataFixture();
    fixture.edit('people/tran-quoc-to.yaml', (text) =>
      text.replace(
        'quote: "Senior Lieutenant General Tran Quoc To requested", start: 4434, end: 4482',
        'quote: "Senior Lieutenant General Tran Quoc To"',
      ),
    );
    const fix = runScript('evidence.ts', ['--fix', '--data', fixture.root]);
    expect(fix.status).toBe(1);
    expect(fix.stderr).toMatch(
      /tran-quoc-to\.yaml:\d+: quote occurs 2 times \(start = \d+, \d+\); set start to the one meant/,
    );
  });
});
