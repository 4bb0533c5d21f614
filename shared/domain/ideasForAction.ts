import type { ChecklistDefault } from './milestone.ts';
import { SOURCES } from './sources.ts';

/** The briefing's "Ideas for action" lists, one per stage of the roadmap. */
export type IdeaGroup =
  'vnr' | 'pledging' | 'dialogues' | 'sgReport' | 'migrationWeek' | 'progressDeclaration' | 'hearing' | 'forum';

type Idea = readonly [id: string, text: string];

const REGISTER = 'Register to participate (accreditation will be needed, details will be on the Network website)';

/** Verbatim from the QUNO briefing; the SG report list is split between the report and migration week. */
const IDEAS: Record<IdeaGroup, readonly Idea[]> = {
  vnr: [
    [
      'vnr-participatory',
      'Advocate for and engage with participatory processes for voluntary reviews, for example by holding consultation meetings or setting up dialogues with relevant government ministries',
    ],
    ['vnr-own-assessment', 'Prepare your own assessment of implementation, alone or in collaboration with others'],
  ],
  pledging: [
    ['pledge-advocate', 'Advocate for pledges from States and other stakeholders on your priority issues'],
    ['pledge-develop', 'Develop pledges of actions you can take alone or in collaboration with others'],
  ],
  dialogues: [
    ['dialogue-speakers', 'Propose speakers for the webinars and participate actively in them'],
    ['dialogue-online-space', 'Engage with the online discussion space'],
    [
      'dialogue-background',
      'Prepare your own background documents for any of the dialogue themes with analysis and recommendations to inform the discussions',
    ],
    ['dialogue-respond', 'Put together documents or hold briefing events that build on and respond to the dialogues'],
  ],
  sgReport: [
    [
      'sg-publish',
      'Publish editorials, blogs or other written content responding to the report and sharing your priorities',
    ],
  ],
  migrationWeek: [
    [
      'sg-migration-week',
      'Participate in events in migration week to share your priorities and hear those of the Secretary General, States and other stakeholders',
    ],
    [
      'sg-launch-events',
      "Hold events linked to the report launch to provide your response to the Secretary General's report and share your recommendations",
    ],
  ],
  progressDeclaration: [
    [
      'pd-key-messages',
      'Consider what issues and actions you would like to see reflected in the progress declaration and develop key messages and advocacy documents relating to these to share with governments at national level and through representation to the UN in New York',
    ],
    ['pd-promote', 'Promote these messages by organising briefing events or participating in events by others'],
  ],
  hearing: [
    ['hearing-register', `${REGISTER} and prepare to raise your priorities`],
    ['hearing-side-events', 'Hold side events or briefings at the time of the hearing or in advance'],
  ],
  forum: [
    [
      'forum-register',
      `${REGISTER} and raise your priorities in the round tables, policy debate and general debate (it is not clear yet how many non-States stakeholders will get to speak in the main event)`,
    ],
    ['forum-side-events', 'Hold side events on your priority themes or situations or to give a platform to others'],
    ['forum-briefings', 'Arrange informal briefings with relevant States and other stakeholders'],
    [
      'forum-delegations',
      'Encourage stakeholder inclusion, in particular migrant inclusion, in Member State delegations',
    ],
  ],
};

/** The ideas of the given groups as default checklist entries, each citing the briefing. */
export function ideasForAction(...groups: IdeaGroup[]): ChecklistDefault[] {
  return groups.flatMap((g) => IDEAS[g].map(([id, text]) => ({ id, text, sources: [SOURCES.qunoBriefing] })));
}

/** Every group, for a picker that lets a coalition add the briefing's ideas to a milestone it created. */
export const IDEA_GROUPS: readonly IdeaGroup[] = Object.keys(IDEAS) as IdeaGroup[];
