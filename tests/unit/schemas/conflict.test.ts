import { describe, expect, it } from 'vitest';
import { cited } from '../../support/fixture.js';
import { problemsAfter } from '../../support/problems-after.js';

describe('ConflictSchema', () => {
  it("a conflict's resolution names one of its claims", () => {
    const resolution = {
      value: 'Senior Lieutenant General',
      evidence: [cited('the opening paragraph', 'The page dates his promotion.')],
      note: 'The promotion date settles it.',
    };
    expect(
      problemsAfter((input) => void Object.assign(input.conflicts![0]!, { resolution })),
    ).toEqual([]);
    expect(
      problemsAfter(
        (input) =>
          void Object.assign(input.conflicts![0]!, {
            resolution: { ...resolution, value: 'General' },
          }),
      ),
    ).toContain(
      'conflicts/le-van-a-rank-2022: resolution.value: "General" is none of the claims\' values',
    );
  });
});
