import { describe, expect, it } from 'vitest';
import { fixture } from '../../support/fixture.js';
import { problemsAfter } from '../../support/problems-after.js';

describe('PersonSchema', () => {
  it('dates a claim without a meeting (a promotion) by its own asOf, which it must have', () => {
    const person = fixture().people.find((candidate) => candidate.id === 'le-van-a');
    expect(person?.ranks.at(-1)).toMatchObject({
      meeting: null,
      kind: 'promotion',
      asOf: { earliest: '2024-10-20', latest: '2024-10-20' },
    });
    expect(
      problemsAfter(
        (input) => void delete (input.people?.[0]?.ranks?.[3] as { asOf?: unknown }).asOf,
      ),
    ).toContain(
      'people/le-van-a: ranks[3].asOf: a claim without a meeting needs its own date (asOf, with evidence)',
    );
  });
});
