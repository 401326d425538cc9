import { expect, it } from 'vitest';
import { coChairsMatchParticipants } from '../../src/dataset/rules/co-chairs-match-participants.js';
import { datasetCopy, recordIn } from '../helpers/dataset-copy.js';
import { runRule } from '../helpers/run-rule.js';

it('passes the real dataset', () => {
  expect(runRule(coChairsMatchParticipants, datasetCopy())).toEqual([]);
});

it('catches a presider missing from coChairs and a co-chair without a participant entry', () => {
  const dataset = datasetCopy();
  const meeting = recordIn(dataset, 'meetings', 'standing-agencies-review-2018-q3');
  meeting.coChairs = ['luong-tam-quang', 'tran-quoc-to'];
  expect(runRule(coChairsMatchParticipants, dataset)).toEqual([
    'meetings/standing-agencies-review-2018-q3: coChairs[1]: "tran-quoc-to" is a co-chair but no participant entry gives them the co-chair or presider role with evidence',
    'meetings/standing-agencies-review-2018-q3: coChairs: participants place "tran-hong-cong" in the co-chair or presider role, but coChairs does not list them',
  ]);
});
