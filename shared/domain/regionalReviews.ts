import type { ChecklistDefault, RegionId } from './milestone.ts';
import type { Source } from './sources.ts';
import { SOURCES } from './sources.ts';
import { ideasForAction } from './ideasForAction.ts';

/** A region of the regional reviews and the UN regional commission that organises its review. */
export interface Region {
  readonly id: RegionId;
  readonly name: string;
  readonly commission: string;
}

/** The five regions, in the order the briefing lists the reports gathered for them. */
const REGIONS: readonly Region[] = [
  { id: 'africa', name: 'Africa', commission: 'ECA' },
  { id: 'arab', name: 'Arab States', commission: 'ESCWA' },
  { id: 'asia-pacific', name: 'Asia and the Pacific', commission: 'ESCAP' },
  { id: 'unece', name: 'Europe and North America (UNECE)', commission: 'UNECE' },
  { id: 'lac', name: 'Latin America and the Caribbean', commission: 'ECLAC' },
];

type Step = readonly [id: string, text: string, sources: readonly Source[]];

/** What a coalition does for its own region's review, from what each region's reviews have shown. */
const REGION_STEPS: Record<RegionId, readonly Step[]> = {
  africa: [
    [
      'africa-stakeholders',
      'Take part in the stakeholder consultation held before the review (27 August 2021 in the first cycle) and bring your assessment to it',
      [SOURCES.eca],
    ],
  ],
  arab: [
    [
      'arab-process',
      'Follow the review as a process of several months, not one meeting (the first ran from June 2020 to February 2021), and bring input to its multi-stakeholder consultation',
      [SOURCES.escwa, SOURCES.unNetworkArabConsultation],
    ],
    [
      'arab-organisers',
      'Brief the organisers early: the review is co-organised by IOM, ESCWA and the League of Arab States',
      [SOURCES.escwa2024],
    ],
  ],
  'asia-pacific': [
    [
      'asia-pacific-consultations',
      'Take part in the stakeholder consultations held before the review (four in the first cycle, summarised for the meeting)',
      [SOURCES.escapStakeholders2021],
    ],
    [
      'asia-pacific-survey',
      "Ask your government whether it answered ESCAP's survey for the voluntary reviews, and set your evidence beside its answers",
      [SOURCES.escapSurvey2021],
    ],
  ],
  unece: [
    [
      'unece-consultations',
      "Join the UN Network's stakeholder consultations before the review (29 January and 28 February 2024, online) and send your priorities to the stakeholder rapporteur",
      [SOURCES.csActionCommitteeUnece2024],
    ],
    [
      'unece-hearing',
      'Register for the stakeholder hearing held the morning of the review (8:30-10:00 in Geneva on 11 March 2024)',
      [SOURCES.indicoUnece2024],
    ],
    [
      'unece-rfsd',
      'Tie your messages to the Regional Forum on Sustainable Development, held back to back with the review',
      [SOURCES.unNetworkUnece2024],
    ],
  ],
  lac: [
    [
      'lac-hearing',
      'Register for the multi-stakeholder meeting held before the intergovernmental conference at ECLAC (13-15 April 2021; 18 March 2025)',
      [SOURCES.cepalEvent2021, SOURCES.cepal2025],
    ],
    [
      'lac-processes',
      'Link your input to the subregional and regional processes that meet before the review (on 12 April in 2021)',
      [SOURCES.cepalEvent2021],
    ],
  ],
};

/** The region with this id. */
export function regionById(id: RegionId): Region {
  const region = REGIONS.find((r) => r.id === id);
  if (!region) throw new Error(`no region ${id}`);
  return region;
}

/**
 * A regional review's checklist, chosen by its region: read that region's voluntary reviews, the
 * region's own steps, then the briefing's ideas for voluntary reviews.
 */
export function regionalChecklist(id: RegionId): ChecklistDefault[] {
  const region = regionById(id);
  const read: ChecklistDefault = {
    id: `${id}-read-reviews`,
    text: `Read the voluntary reviews the UN Network gathered for ${region.name} and set your own assessment beside them`,
    sources: [SOURCES.qunoBriefing],
  };
  const steps = REGION_STEPS[id].map(([stepId, text, sources]) => ({ id: stepId, text, sources: [...sources] }));
  return [read, ...steps, ...ideasForAction('vnr')];
}
