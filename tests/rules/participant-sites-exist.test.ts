import { expect, it } from 'vitest';
import { participantSitesExist } from '../../src/dataset/rules/participant-sites-exist.js';
import { datasetCopy, recordIn } from '../helpers/dataset-copy.js';
import { runRule } from '../helpers/run-rule.js';

it('passes the real dataset', () => {
  expect(runRule(participantSitesExist, datasetCopy())).toEqual([]);
});

it('catches an unknown site, a repeated site and a chair who is not a participant', () => {
  const dataset = datasetCopy();
  const meeting = recordIn(dataset, 'meetings', 'annual-review-2022');
  meeting.participants.find((participant) => participant.person === 'phan-dai-nghia')!.site =
    'Nghe An';
  meeting.sites.push(structuredClone(meeting.sites[0]!));
  meeting.sites[1]!.chairs.push('luong-tam-quang');
  expect(runRule(participantSitesExist, dataset)).toEqual([
    'meetings/annual-review-2022: sites[2].name: site "Hanoi" is listed twice',
    'meetings/annual-review-2022: participants[9].site: no site of this meeting is named "Nghe An" (sites: Hanoi, Nghe An bridge, Hanoi)',
    'meetings/annual-review-2022: sites[1].chairs[1]: chair "luong-tam-quang" has no participant entry at this meeting',
  ]);
});
