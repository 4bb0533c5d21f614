/**
 * The default checklist items Concord ships (the briefing's ideas for action and each milestone's
 * steps: shared/domain/ideasForAction.ts, checklistSteps.ts, regionalReviews.ts), by item id, as the
 * roadmap shows them while a coalition has not edited them (shared/i18n/roadmapWording.ts). The
 * English must stay the domain data's word for word (checklistMessages.test.ts).
 */
export const checklistEn = {
  'checklistData.arab-read-reviews':
    'Read the voluntary reviews the UN Network gathered for Arab States and set your own assessment beside them',
  'checklistData.arab-process':
    'Follow the review as a process of several months, not one meeting (the first ran from June 2020 to February 2021), and bring input to its multi-stakeholder consultation',
  'checklistData.arab-organisers':
    'Brief the organisers early: the review is co-organised by IOM, ESCWA and the League of Arab States',
  'checklistData.vnr-participatory':
    'Advocate for and engage with participatory processes for voluntary reviews, for example by holding consultation meetings or setting up dialogues with relevant government ministries',
  'checklistData.vnr-own-assessment':
    'Prepare your own assessment of implementation, alone or in collaboration with others',
  'checklistData.unece-read-reviews':
    'Read the voluntary reviews the UN Network gathered for Europe and North America (UNECE) and set your own assessment beside them',
  'checklistData.unece-consultations':
    "Join the UN Network's stakeholder consultations before the review (29 January and 28 February 2024, online) and send your priorities to the stakeholder rapporteur",
  'checklistData.unece-hearing':
    'Register for the stakeholder hearing held the morning of the review (8:30-10:00 in Geneva on 11 March 2024)',
  'checklistData.unece-rfsd':
    'Tie your messages to the Regional Forum on Sustainable Development, held back to back with the review',
  'checklistData.asia-pacific-read-reviews':
    'Read the voluntary reviews the UN Network gathered for Asia and the Pacific and set your own assessment beside them',
  'checklistData.asia-pacific-consultations':
    'Take part in the stakeholder consultations held before the review (four in the first cycle, summarised for the meeting)',
  'checklistData.asia-pacific-survey':
    "Ask your government whether it answered ESCAP's survey for the voluntary reviews, and set your evidence beside its answers",
  'checklistData.lac-read-reviews':
    'Read the voluntary reviews the UN Network gathered for Latin America and the Caribbean and set your own assessment beside them',
  'checklistData.lac-hearing':
    'Register for the multi-stakeholder meeting held before the intergovernmental conference at ECLAC (13-15 April 2021; 18 March 2025)',
  'checklistData.lac-processes':
    'Link your input to the subregional and regional processes that meet before the review (on 12 April in 2021)',
  'checklistData.africa-read-reviews':
    'Read the voluntary reviews the UN Network gathered for Africa and set your own assessment beside them',
  'checklistData.africa-stakeholders':
    'Take part in the stakeholder consultation held before the review (27 August 2021 in the first cycle) and bring your assessment to it',
  'checklistData.sg-publish':
    'Publish editorials, blogs or other written content responding to the report and sharing your priorities',
  'checklistData.accreditation-apply':
    'Apply for special accreditation for every member organisation that will take part in the hearing or the forum',
  'checklistData.dialogue-speakers': 'Propose speakers for the webinars and participate actively in them',
  'checklistData.dialogue-online-space': 'Engage with the online discussion space',
  'checklistData.dialogue-background':
    'Prepare your own background documents for any of the dialogue themes with analysis and recommendations to inform the discussions',
  'checklistData.dialogue-respond':
    'Put together documents or hold briefing events that build on and respond to the dialogues',
  'checklistData.sg-migration-week':
    'Participate in events in migration week to share your priorities and hear those of the Secretary General, States and other stakeholders',
  'checklistData.sg-launch-events':
    "Hold events linked to the report launch to provide your response to the Secretary General's report and share your recommendations",
  'checklistData.pd-key-messages':
    'Consider what issues and actions you would like to see reflected in the progress declaration and develop key messages and advocacy documents relating to these to share with governments at national level and through representation to the UN in New York',
  'checklistData.pd-promote':
    'Promote these messages by organising briefing events or participating in events by others',
  'checklistData.hearing-register':
    'Register to participate (accreditation will be needed, details will be on the Network website) and prepare to raise your priorities',
  'checklistData.hearing-side-events': 'Hold side events or briefings at the time of the hearing or in advance',
  'checklistData.forum-register':
    'Register to participate (accreditation will be needed, details will be on the Network website) and raise your priorities in the round tables, policy debate and general debate (it is not clear yet how many non-States stakeholders will get to speak in the main event)',
  'checklistData.forum-side-events':
    'Hold side events on your priority themes or situations or to give a platform to others',
  'checklistData.forum-briefings': 'Arrange informal briefings with relevant States and other stakeholders',
  'checklistData.forum-delegations':
    'Encourage stakeholder inclusion, in particular migrant inclusion, in Member State delegations',
  'checklistData.pledge-advocate': 'Advocate for pledges from States and other stakeholders on your priority issues',
  'checklistData.pledge-develop': 'Develop pledges of actions you can take alone or in collaboration with others',
  'checklistData.outcome-text':
    'Find the adopted text of the Progress Declaration and record its document symbol, the date of adoption and where it is published',
  'checklistData.outcome-summary':
    'Tell members what the Declaration commits States to, citing paragraph numbers, and which of your key messages it took up',
  'checklistData.monitor-commitments':
    'List the commitments of the Progress Declaration your coalition will follow, each with its paragraph number',
  'checklistData.monitor-indicators':
    "For each commitment choose an indicator, its baseline and who gathers the evidence; use the voluntary indicators proposed in the Secretary-General's December 2024 report where they fit",
  'checklistData.monitor-assign':
    'Assign each commitment to a member organisation, with a date to report back to the coalition',
  'checklistData.monitor-pledges':
    'Record the pledges your government and your coalition made at the forum, and when each falls due',
  'checklistData.monitor-reviews':
    "Decide which findings go to your region's review and which to the next forum, and ask your government how it will report on its commitments",
};
