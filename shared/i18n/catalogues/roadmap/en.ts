/**
 * The titles, descriptions and notes on what is unconfirmed of the milestones and cycles Concord
 * ships (shared/domain/cycle*.ts), by id, as the roadmap shows them while a coalition has not edited
 * them (shared/i18n/roadmapWording.ts). The English must stay the domain data's word for word
 * (roadmapMessages.test.ts).
 */
export const roadmapEn = {
  'roadmapData.imrf-2022.title': 'First review cycle (2020-2022)',
  'roadmapData.imrf-2022.description':
    "Regional reviews, the dialogue series, the Secretary-General's report and the first International Migration Review Forum (New York, May 2022).",
  'roadmapData.imrf-2022.review-arab.title': 'Arab region review',
  'roadmapData.imrf-2022.review-arab.description':
    'Regional review of GCM implementation in the Arab States, run as a process over several months.',
  'roadmapData.imrf-2022.review-unece.title': 'UNECE regional review (Europe and North America)',
  'roadmapData.imrf-2022.review-unece.description':
    'Stakeholder consultation on 9 November 2020; regional review on 12-13 November 2020.',
  'roadmapData.imrf-2022.review-asia-pacific.title': 'Asia-Pacific regional review',
  'roadmapData.imrf-2022.review-asia-pacific.description':
    'Regional review of GCM implementation in Asia and the Pacific.',
  'roadmapData.imrf-2022.review-lac.title': 'Latin America and Caribbean regional review',
  'roadmapData.imrf-2022.review-lac.description':
    'Civil society consultation on 13-15 April 2021; regional review on 26-28 April 2021.',
  'roadmapData.imrf-2022.review-africa.title': 'Africa regional review',
  'roadmapData.imrf-2022.review-africa.description':
    'Stakeholder consultation on 27 August 2021; regional review on 31 August - 1 September 2021.',
  'roadmapData.imrf-2022.sg-report.title': "Secretary-General's report (A/76/642)",
  'roadmapData.imrf-2022.sg-report.description':
    "The Secretary-General's biennial report on implementation, the one due at least 12 weeks before the forum. The first report was A/75/542.",
  'roadmapData.imrf-2022.accreditation.title': 'Special accreditation for stakeholders closes',
  'roadmapData.imrf-2022.accreditation.description':
    'Last day for stakeholders to request special accreditation to the hearing and the forum.',
  'roadmapData.imrf-2022.consultations.title': 'Online consultations per round table close',
  'roadmapData.imrf-2022.consultations.description':
    'The IMRF dialogue series: a webinar and an online discussion space per round-table cluster and per emerging theme, open until 31 January 2022. Background notes of about 1,000 words.',
  'roadmapData.imrf-2022.migration-week.title': "Migration Week: launch of the Secretary-General's report",
  'roadmapData.imrf-2022.migration-week.description':
    "A week of events built around the launch of the Secretary-General's report.",
  'roadmapData.imrf-2022.declaration-text.title': 'Final Progress Declaration text',
  'roadmapData.imrf-2022.declaration-text.description':
    'Final text of the Progress Declaration, negotiated under two co-facilitators (Bangladesh and Luxembourg), appointed at least two months before the forum.',
  'roadmapData.imrf-2022.hearing.title': 'Multi-stakeholder hearing',
  'roadmapData.imrf-2022.hearing.description':
    "Convened by the President of the General Assembly the day before the forum. Sessions of the 2022 hearing: progress, gaps and challenges; commitments and recommendations; collective summary of recommendations and pledges. Its summary is presented at the forum's opening.",
  'roadmapData.imrf-2022.forum.title': 'International Migration Review Forum 2022',
  'roadmapData.imrf-2022.forum.description':
    'New York. Four round tables (17 May and the morning of 18 May), policy debate (afternoon of 18 May), plenary and general debate (19-20 May). Side events: one hour, outside official hours, about 20 slots.',
  'roadmapData.imrf-2022.round-tables.title': 'Four round tables',
  'roadmapData.imrf-2022.round-tables.description':
    'Four interactive multi-stakeholder round tables, one per cluster of objectives set by A/RES/73/326, on 17 May and the morning of 18 May.',
  'roadmapData.imrf-2022.policy-debate.title': 'Policy debate',
  'roadmapData.imrf-2022.policy-debate.description':
    'Afternoon of 18 May 2022; it opened with the technical summaries of the round tables.',
  'roadmapData.imrf-2022.plenary.title': 'Plenary and general debate',
  'roadmapData.imrf-2022.plenary.description': 'The forum adopted the Progress Declaration on its last day, 20 May.',
  'roadmapData.imrf-2022.declaration.title': 'The forum adopts the Progress Declaration',
  'roadmapData.imrf-2022.declaration.description':
    'Adopted on the last day of the forum, as each forum ends in an intergovernmentally agreed Progress Declaration (A/RES/73/195 para 49).',
  'roadmapData.imrf-2022.adoption.title': 'General Assembly endorses the Progress Declaration',
  'roadmapData.imrf-2022.adoption.description':
    'Endorsed by consensus on 7 June 2022, after the forum had adopted it on 20 May. The resolution symbol is given as A/RES/76/266.',
  'roadmapData.imrf-2026.title': 'Second review cycle (2024-2026)',
  'roadmapData.imrf-2026.description':
    "Regional reviews 2024-2025, the Secretary-General's report of December 2024, the negotiation of the Progress Declaration and the second International Migration Review Forum (New York, May 2026).",
  'roadmapData.imrf-2026.review-unece.title': 'UNECE regional review (Europe and North America)',
  'roadmapData.imrf-2026.review-unece.description':
    'Geneva (Palais des Nations): a stakeholder hearing in the morning, then the intergovernmental conference, back to back with the Regional Forum on Sustainable Development.',
  'roadmapData.imrf-2026.review-arab.title': 'Arab region review',
  'roadmapData.imrf-2026.review-arab.description': 'Cairo, at the headquarters of the League of Arab States.',
  'roadmapData.imrf-2026.review-africa.title': 'Africa regional review',
  'roadmapData.imrf-2026.review-africa.description': 'Addis Ababa.',
  'roadmapData.imrf-2026.sg-report.title': "Secretary-General's report",
  'roadmapData.imrf-2026.sg-report.description':
    'Launched on 5 December 2024; proposes a voluntary indicator framework for reviewing implementation.',
  'roadmapData.imrf-2026.review-asia-pacific.title': 'Asia-Pacific regional review',
  'roadmapData.imrf-2026.review-asia-pacific.description': 'Bangkok.',
  'roadmapData.imrf-2026.review-lac.title': 'Latin America and Caribbean regional review',
  'roadmapData.imrf-2026.review-lac.description':
    'Santiago, at ECLAC: an interactive multi-stakeholder hearing on 18 March, then the intergovernmental conference on 19-20 March.',
  'roadmapData.imrf-2026.accreditation.title': 'Special accreditation for stakeholders closes',
  'roadmapData.imrf-2026.accreditation.description':
    'Last day for stakeholders without ECOSOC status or earlier GCM accreditation to request special accreditation to the hearing and the forum. Register before it closes, not on the day of the hearing.',
  'roadmapData.imrf-2026.co-facilitators.title': 'Co-facilitators appointed for the Progress Declaration',
  'roadmapData.imrf-2026.co-facilitators.description':
    'Two ambassadors in New York oversee the negotiation, appointed at least two months before the forum. Have your key messages ready before the negotiation starts.',
  'roadmapData.imrf-2026.consultations.title': 'Informal consultations on the draft Declaration',
  'roadmapData.imrf-2026.consultations.description':
    'Member States negotiate the text in New York; missions and capitals can still take up your messages.',
  'roadmapData.imrf-2026.zero-draft.title': 'Zero draft of the Progress Declaration',
  'roadmapData.imrf-2026.zero-draft.description':
    "The co-facilitators' first draft: compare it with your key messages and propose amendments.",
  'roadmapData.imrf-2026.final-draft.title': 'Final draft of the Progress Declaration',
  'roadmapData.imrf-2026.final-draft.description':
    'The text put to the forum for adoption (in 2022 it was released five days before the forum).',
  'roadmapData.imrf-2026.hearing.title': 'Multi-stakeholder hearing',
  'roadmapData.imrf-2026.hearing.description':
    'The day before the forum; non-State stakeholders speak. Its sessions are not in our sources.',
  'roadmapData.imrf-2026.forum.title': 'International Migration Review Forum 2026',
  'roadmapData.imrf-2026.forum.description':
    'New York. Four round tables covering all 23 objectives, plus policy debates.',
  'roadmapData.imrf-2026.round-tables.title': 'Four round tables',
  'roadmapData.imrf-2026.round-tables.description':
    'Four round tables covering all 23 objectives, assumed to follow the clusters of A/RES/73/326 (as in 2022).',
  'roadmapData.imrf-2026.policy-debate.title': 'Policy debate',
  'roadmapData.imrf-2026.policy-debate.description': 'Policy debates on the forum programme.',
  'roadmapData.imrf-2026.plenary.title': 'Plenary and general debate',
  'roadmapData.imrf-2026.plenary.description':
    'States present their progress and pledges; the forum ends with the Progress Declaration.',
  'roadmapData.imrf-2026.declaration.title': 'Progress Declaration',
  'roadmapData.imrf-2026.declaration.description':
    'Each forum ends in an intergovernmentally agreed Progress Declaration (A/RES/73/195 para 49).',
  'roadmapData.imrf-2030.title': 'Third review cycle (2026-2030)',
  'roadmapData.imrf-2030.description':
    'Following up the 2026 forum, regional reviews in 2028-2029 and the third International Migration Review Forum in 2030. Projected from A/RES/73/195 and A/RES/73/326: every date is a placeholder until announced.',
  'roadmapData.imrf-2030.outcome-2026.title': 'Outcome of the 2026 forum: what was decided and committed',
  'roadmapData.imrf-2030.outcome-2026.description':
    'Record here the Progress Declaration of 2026 (its symbol, date and main commitments) and the pledges made at the forum.',
  'roadmapData.imrf-2030.monitoring-plan.title': "Monitoring plan for the Declaration's commitments",
  'roadmapData.imrf-2030.monitoring-plan.description':
    "Turn the Declaration's commitments into the coalition's monitoring plan: indicators, evidence, who follows what, and what goes to the regional reviews.",
  'roadmapData.imrf-2030.review-unece.title': 'Europe and North America (UNECE) regional review',
  'roadmapData.imrf-2030.review-unece.description': 'Projected for the month UNECE held its review in the last cycle.',
  'roadmapData.imrf-2030.review-arab.title': 'Arab States regional review',
  'roadmapData.imrf-2030.review-arab.description': 'Projected for the month ESCWA held its review in the last cycle.',
  'roadmapData.imrf-2030.review-africa.title': 'Africa regional review',
  'roadmapData.imrf-2030.review-africa.description': 'Projected for the month ECA held its review in the last cycle.',
  'roadmapData.imrf-2030.sg-report.title': "Secretary-General's report",
  'roadmapData.imrf-2030.sg-report.description':
    'The biennial report on implementation; the one before a forum is due at least 12 weeks before it. Projected for the month of the last one.',
  'roadmapData.imrf-2030.review-asia-pacific.title': 'Asia and the Pacific regional review',
  'roadmapData.imrf-2030.review-asia-pacific.description':
    'Projected for the month ESCAP held its review in the last cycle.',
  'roadmapData.imrf-2030.review-lac.title': 'Latin America and the Caribbean regional review',
  'roadmapData.imrf-2030.review-lac.description': 'Projected for the month ECLAC held its review in the last cycle.',
  'roadmapData.imrf-2030.accreditation.title': 'Special accreditation for stakeholders closes',
  'roadmapData.imrf-2030.accreditation.description':
    'Request special accreditation and register for the hearing and the forum before this closes.',
  'roadmapData.imrf-2030.co-facilitators.title': 'Co-facilitators appointed for the Progress Declaration',
  'roadmapData.imrf-2030.co-facilitators.description':
    'At least two months before the forum. Have your key messages ready before the negotiation starts.',
  'roadmapData.imrf-2030.consultations.title': 'Informal consultations on the draft Declaration',
  'roadmapData.imrf-2030.consultations.description':
    'Member States negotiate the text in New York; missions and capitals can still take up your messages.',
  'roadmapData.imrf-2030.zero-draft.title': 'Zero draft of the Progress Declaration',
  'roadmapData.imrf-2030.zero-draft.description':
    "The co-facilitators' first draft: compare it with your key messages and propose amendments.",
  'roadmapData.imrf-2030.final-draft.title': 'Final draft of the Progress Declaration',
  'roadmapData.imrf-2030.final-draft.description': 'The text put to the forum for adoption.',
  'roadmapData.imrf-2030.hearing.title': 'Multi-stakeholder hearing',
  'roadmapData.imrf-2030.hearing.description':
    'The day before the forum, convened by the President of the General Assembly.',
  'roadmapData.imrf-2030.forum.title': 'International Migration Review Forum 2030',
  'roadmapData.imrf-2030.forum.description': 'The third forum, four years after the second (A/RES/73/195 para 49).',
  'roadmapData.imrf-2030.round-tables.title': 'Four round tables',
  'roadmapData.imrf-2030.round-tables.description': 'The first day and the morning of the second (A/RES/73/326).',
  'roadmapData.imrf-2030.policy-debate.title': 'Policy debate',
  'roadmapData.imrf-2030.policy-debate.description':
    'The afternoon of the second day, opening with the summaries of the round tables (A/RES/73/326).',
  'roadmapData.imrf-2030.plenary.title': 'Plenary and general debate',
  'roadmapData.imrf-2030.plenary.description': 'The third and fourth days (A/RES/73/326).',
  'roadmapData.imrf-2030.declaration.title': 'Progress Declaration',
  'roadmapData.imrf-2030.declaration.description':
    'Each forum ends in an intergovernmentally agreed Progress Declaration (A/RES/73/195 para 49).',
  'roadmapData.imrf-2022.adoption.note':
    "The resolution symbol (A/RES/76/266) is unconfirmed: the UN's Chinese page for the Declaration carries it, but no English primary source for it was read.",
  'roadmapData.imrf-2026.sg-report.note': 'The document symbol is unconfirmed (secondary sources give A/79/590).',
  'roadmapData.imrf-2026.accreditation.note':
    'The 2026 deadline is not in our sources. The date is a placeholder at the same distance from the forum as in 2022; replace it with the real one.',
  'roadmapData.imrf-2026.co-facilitators.note':
    'Who was appointed, and when, is not in our sources; the date shown is the latest the two-month rule allows.',
  'roadmapData.imrf-2026.consultations.note':
    'The consultation dates of 2026 are not in our sources; the range is a placeholder to edit.',
  'roadmapData.imrf-2026.zero-draft.note':
    'The date of the 2026 zero draft is not in our sources; the range is a placeholder to edit.',
  'roadmapData.imrf-2026.final-draft.note':
    'The release date of the 2026 final draft is not in our sources. The date is a placeholder at the same distance from the forum as in 2022; replace it with the real one.',
  'roadmapData.imrf-2026.round-tables.note':
    'The 2026 clusters and dates are assumed, not confirmed. Assumed from A/RES/73/326, which set this format for every forum (round tables the first day and the next morning, the policy debate that afternoon, the plenary the last two days); the 2026 programme itself is not in our sources.',
  'roadmapData.imrf-2026.policy-debate.note':
    'Assumed from A/RES/73/326, which set this format for every forum (round tables the first day and the next morning, the policy debate that afternoon, the plenary the last two days); the 2026 programme itself is not in our sources.',
  'roadmapData.imrf-2026.plenary.note':
    'Assumed from A/RES/73/326, which set this format for every forum (round tables the first day and the next morning, the policy debate that afternoon, the plenary the last two days); the 2026 programme itself is not in our sources.',
  'roadmapData.imrf-2026.declaration.note':
    "Whether and when the 2026 Progress Declaration was adopted is unconfirmed; the date is a placeholder (the forum's last day).",
  'roadmapData.imrf-2030.outcome-2026.note':
    'We hold no verified text of the 2026 outcome: whether and when the Declaration was adopted, and what it says, is for the coalition to record.',
  'roadmapData.imrf-2030.monitoring-plan.note': 'Not an official date: a target for your coalition to set.',
  'roadmapData.imrf-2030.review-unece.note':
    'Projected from A/RES/73/195 (a forum every four years, regional reviews between forums) and A/RES/73/326 (the format of each forum); a placeholder until the date is announced.',
  'roadmapData.imrf-2030.review-arab.note':
    'Projected from A/RES/73/195 (a forum every four years, regional reviews between forums) and A/RES/73/326 (the format of each forum); a placeholder until the date is announced.',
  'roadmapData.imrf-2030.review-africa.note':
    'Projected from A/RES/73/195 (a forum every four years, regional reviews between forums) and A/RES/73/326 (the format of each forum); a placeholder until the date is announced.',
  'roadmapData.imrf-2030.sg-report.note':
    'Projected from A/RES/73/195 (a forum every four years, regional reviews between forums) and A/RES/73/326 (the format of each forum); a placeholder until the date is announced.',
  'roadmapData.imrf-2030.review-asia-pacific.note':
    'Projected from A/RES/73/195 (a forum every four years, regional reviews between forums) and A/RES/73/326 (the format of each forum); a placeholder until the date is announced.',
  'roadmapData.imrf-2030.review-lac.note':
    'Projected from A/RES/73/195 (a forum every four years, regional reviews between forums) and A/RES/73/326 (the format of each forum); a placeholder until the date is announced.',
  'roadmapData.imrf-2030.accreditation.note':
    'Projected from A/RES/73/195 (a forum every four years, regional reviews between forums) and A/RES/73/326 (the format of each forum); a placeholder until the date is announced.',
  'roadmapData.imrf-2030.co-facilitators.note':
    'Projected from A/RES/73/195 (a forum every four years, regional reviews between forums) and A/RES/73/326 (the format of each forum); a placeholder until the date is announced.',
  'roadmapData.imrf-2030.consultations.note':
    'Projected from A/RES/73/195 (a forum every four years, regional reviews between forums) and A/RES/73/326 (the format of each forum); a placeholder until the date is announced.',
  'roadmapData.imrf-2030.zero-draft.note':
    'Projected from A/RES/73/195 (a forum every four years, regional reviews between forums) and A/RES/73/326 (the format of each forum); a placeholder until the date is announced.',
  'roadmapData.imrf-2030.final-draft.note':
    'Projected from A/RES/73/195 (a forum every four years, regional reviews between forums) and A/RES/73/326 (the format of each forum); a placeholder until the date is announced.',
  'roadmapData.imrf-2030.hearing.note':
    'Projected from A/RES/73/195 (a forum every four years, regional reviews between forums) and A/RES/73/326 (the format of each forum); a placeholder until the date is announced.',
  'roadmapData.imrf-2030.forum.note':
    'Projected from A/RES/73/195 (a forum every four years, regional reviews between forums) and A/RES/73/326 (the format of each forum); a placeholder until the date is announced.',
  'roadmapData.imrf-2030.round-tables.note':
    'Projected from A/RES/73/195 (a forum every four years, regional reviews between forums) and A/RES/73/326 (the format of each forum); a placeholder until the date is announced.',
  'roadmapData.imrf-2030.policy-debate.note':
    'Projected from A/RES/73/195 (a forum every four years, regional reviews between forums) and A/RES/73/326 (the format of each forum); a placeholder until the date is announced.',
  'roadmapData.imrf-2030.plenary.note':
    'Projected from A/RES/73/195 (a forum every four years, regional reviews between forums) and A/RES/73/326 (the format of each forum); a placeholder until the date is announced.',
  'roadmapData.imrf-2030.declaration.note':
    'Projected from A/RES/73/195 (a forum every four years, regional reviews between forums) and A/RES/73/326 (the format of each forum); a placeholder until the date is announced.',
} as const;

/** One language's roadmap messages: every id of the English ones. */
export type RoadmapMessages = Record<keyof typeof roadmapEn, string>;
