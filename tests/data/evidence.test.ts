import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';
import { sourceTexts } from '../helpers/source-texts.js';

interface Quote {
  source: string;
  quote: string;
  start: number;
  end: number;
}

/** Every object shaped like evidence anywhere in `value`: written here independently of the build's own walker. */
function quotesIn(value: unknown, found: Quote[] = []): Quote[] {
  if (Array.isArray(value)) for (const item of value) quotesIn(item, found);
  else if (value !== null && typeof value === 'object') {
    const candidate = value as Partial<Quote>;
    if (typeof candidate.quote === 'string' && typeof candidate.source === 'string')
      found.push(candidate as Quote);
    else for (const inner of Object.values(value)) quotesIn(inner, found);
  }
  return found;
}

describe('evidence', () => {
  const texts = sourceTexts();
  const quotes = quotesIn(bundledDataset);

  it('is plentiful: every collection that carries evidence has some', () => {
    expect(quotes.length).toBeGreaterThan(200);
    for (const collection of [
      'sources',
      'organizations',
      'people',
      'documents',
      'meetings',
      'metrics',
      'conflicts',
    ] as const) {
      expect(quotesIn(bundledDataset[collection]).length, collection).toBeGreaterThan(0);
    }
  });

  it('quotes equal the source text at their code-point offsets', () => {
    for (const { source, quote, start, end } of quotes) {
      const text = texts.get(source);
      expect(text, `text of ${source}`).toBeDefined();
      expect([...(text ?? '')].slice(start, end).join(''), `${source}@${start}-${end}`).toBe(quote);
    }
  });

  it('every source is quoted somewhere', () => {
    const quoted = new Set(quotes.map((quote) => quote.source));
    expect([...texts.keys()].filter((source) => !quoted.has(source))).toEqual([]);
  });
});
