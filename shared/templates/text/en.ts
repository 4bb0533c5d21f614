/**
 * The built-in templates' words in English: the source every other language follows (see
 * templateText.ts). `{name}` marks a value filled in by the template's code (a number, a title);
 * every translation keeps the same places. Guidance is written for the person drafting, in plain words;
 * UN terms follow the Compact's own usage.
 */
export const en = {
  uncertainty: {
    template: 'Template “{title}”: {note}',
    milestone: 'Milestone “{title}” ({how}): {note}',
    unsourced: 'not confirmed by a primary source.',
    projected: 'projected',
    unconfirmed: 'unconfirmed',
  },
  /** Added to guidance that lists the guiding principles when their names in this language are not official. */
  unofficialPrinciples:
    'the names of the principles in this language are an unofficial translation; the official text is A/RES/73/195, para 15',
  /**
   * What a new document's cover starts with, by kind of document: a subtitle and a statement of
   * purpose the drafters can change in the cover dialog. Written for any cycle of the review (the
   * forum's follow-up, the regional reviews, the next forum), never for one year.
   */
  covers: {
    vnrInput: {
      subtitle: 'Civil society input to the voluntary national review of the Global Compact for Migration',
      purpose:
        "Our contribution to the State's review of how it implements the Global Compact for Safe, Orderly and Regular Migration, which the Compact asks to be participatory.",
    },
    shadowReport: {
      subtitle:
        'Civil society assessment of the implementation of the Global Compact for Safe, Orderly and Regular Migration',
      purpose:
        'This joint report assesses, objective by objective, how the Global Compact for Migration is implemented, from the experience of its authors and of the migrants they work with. It is submitted to the regional review and to the International Migration Review Forum.',
    },
    backgroundNote: {
      purpose:
        'Analysis and recommendations on the objectives this round table reviews together ({objectives}), for the follow-up of the International Migration Review Forum and the regional reviews.',
    },
    policyBrief: {
      subtitle: 'Policy brief on implementing the Global Compact for Migration: {theme}',
      purpose:
        'A short analysis of a gap or emerging challenge in implementing the Global Compact for Migration, with our recommendations to States.',
    },
    sgReportResponse: {
      subtitle: "Civil society response to the Secretary-General's report on the Global Compact for Migration",
      purpose:
        "Where we agree with the Secretary-General's report on implementation of the Global Compact for Migration, what it misses, and what we recommend.",
    },
    keyMessages: {
      subtitle: 'Civil society key messages for the Progress Declaration of the International Migration Review Forum',
      purpose:
        'What we ask Member States to agree in the Progress Declaration, the intergovernmentally agreed outcome of each International Migration Review Forum.',
    },
    declarationAmendments: {
      subtitle: 'Proposed amendments to the draft Progress Declaration',
      purpose:
        'Our proposed changes to the draft, paragraph by paragraph, each with its justification and the objectives of the Global Compact for Migration it serves.',
    },
    missionTalkingPoints: {
      subtitle: 'Talking points for a meeting with a permanent mission',
      purpose:
        'Our points and our request to the mission on implementing the Global Compact for Migration and its review.',
    },
    hearingStatement: {
      subtitle: 'Statement to the multi-stakeholder hearing of the International Migration Review Forum',
      purpose:
        "Our statement to the hearing convened by the President of the General Assembly the day before the forum, whose summary is presented at the forum's opening.",
    },
    oralStatement: {
      subtitle: 'Statement to the International Migration Review Forum',
      purpose:
        'An oral statement of civil society on the implementation of the Global Compact for Safe, Orderly and Regular Migration.',
    },
    pledge: {
      subtitle: 'Pledge for the implementation of the Global Compact for Safe, Orderly and Regular Migration',
      purpose:
        'A specific, measurable and time-bound commitment for action on implementing the Global Compact for Migration, made by the organisations named on this cover.',
    },
    sideEventConceptNote: {
      subtitle: 'Concept note for a side event on the Global Compact for Migration',
      purpose:
        'Our proposal for a one-hour side event at the International Migration Review Forum or a regional review: its theme, its speakers and the concrete outcomes it aims for.',
    },
  },
  vnrInput: {
    title: 'Input to a voluntary national review consultation',
    description:
      "Your contribution to a State's voluntary national review, which the Compact asks to be participatory. Sections follow a plausible default structure for the review.",
    unconfirmedNote:
      "The UN Network's reporting structure for voluntary national reviews is unconfirmed; these sections are a plausible default.",
    sections: {
      about: {
        title: 'Who we are',
        guidance: 'The organisations submitting, whom they represent, and how migrants took part.',
      },
      methodology: {
        title: 'Methodology for preparing the review',
        guidance:
          "How inclusive the government's process was: who was consulted, when, with what notice; what would make it participatory.",
      },
      policy: {
        title: 'Policy and enabling environment',
        guidance: 'Laws, policies and institutions that help or hinder implementation.',
      },
      progress: {
        title: 'Progress on GCM objectives',
        guidance: 'Progress and gaps on the objectives you know best; tag each passage with its objectives.',
      },
      means: { title: 'Means of implementation', guidance: 'Funding, capacity, data and partnerships.' },
      nextSteps: {
        title: 'Next steps and recommendations',
        guidance: 'What the review should commit the government to, numbered.',
      },
    },
  },
  shadowReport: {
    title: 'Shadow implementation report',
    description:
      'A civil-society assessment of how the Compact is implemented, objective by objective, grouped by the round-table clusters, with recommendations. Numbered paragraphs.',
    unconfirmedNote:
      'The round-table titles in the headings are unofficial (no official source gives them); the clusters of objectives are from A/RES/73/326.',
    objectiveGuidance:
      'Progress: what the State has done since the last review, in its own report and in practice. ' +
      'Gaps: what is missing, who is left out, where practice contradicts policy. ' +
      'Evidence: cite sources by name, UN documents by symbol and paragraph; add footnotes. ' +
      'Recommendations: concrete, addressed to a named actor, time-bound. ' +
      "Tie the assessment to the State's voluntary review and earlier recommendations. Delete this section if you do not assess this objective.",
    clusterGuidance:
      'The cluster of objectives A/RES/73/326 gives round table {n} (reviewed together in 2022). Open with two or three sentences on the cluster as a whole, if useful.',
    sections: {
      coverSummary: {
        title: 'Cover and summary',
        guidance:
          'Cover: country or region, the process this report feeds (for example the regional review or the forum) and all joint authors. Summary: the main findings and recommendations in a few paragraphs, then key words.',
      },
      about: {
        title: 'Who we are and how this report was prepared',
        guidance:
          'Name every author organisation and whom it represents. Say how the report was prepared: consultations held, how migrants took part, sources used, period covered.',
      },
      assessment: {
        title: 'Assessment of implementation',
        guidance:
          "Grouped by the four round-table clusters of A/RES/73/326. Each objective's section covers progress, gaps, evidence and recommendations.",
      },
      principles: {
        title: 'Cross-cutting guiding principles',
        guidance:
          'How implementation respects the guiding principles (A/RES/73/195 para 15): {principles}. Tag passages with the principles they concern.',
      },
      previousDeclaration: {
        title: 'Follow-up of the previous Progress Declaration',
        guidance:
          "What the last Progress Declaration committed States to, cited by paragraph; what the State has done on each commitment; and the indicators proposed to measure it (the Secretary-General's report of December 2024 proposes a voluntary indicator framework). Say where no indicator or no data exists.",
      },
      recommendations: {
        title: 'Recommendations',
        guidance:
          'Number them; address each to a named actor; make each concrete and time-bound. Refer back to the objectives they serve.',
      },
      annexes: {
        title: 'Annexes',
        guidance: 'Endorsing organisations, methodology, data tables, the sources consulted.',
      },
    },
  },
  backgroundNote: {
    title: 'Round-table background note: round table {n}',
    description:
      'About {words} words of analysis and recommendations on one cluster: {roundTable} (objectives {objectives}). For the dialogue series, the online consultations and the round table itself.',
    unconfirmedNote:
      "The round table's title is unofficial (no official source gives one); its objectives are from A/RES/73/326.",
    objectiveGuidance:
      'The situation, what works, what does not, with one piece of evidence. Merge or delete objectives you do not address.',
    sections: {
      summary: { title: 'Summary', guidance: 'Three or four sentences: the main finding and the main ask.' },
      context: {
        title: 'Context',
        guidance: 'Why this cluster matters now, in your region or for the people you work with.',
      },
      analysis: { title: 'Analysis by objective', guidance: '{roundTable}.' },
      recommendations: { title: 'Recommendations', guidance: 'Numbered, addressed to named actors, concrete.' },
      authors: { title: 'About the authors', guidance: 'Who wrote this and how to reach them.' },
    },
  },
  policyBrief: {
    title: 'Thematic policy brief: {theme}',
    description:
      'About {words} words of analysis and recommendations on one of the gaps and emerging challenges of the dialogue series: {theme}. For consultations and the negotiation of the Progress Declaration.',
    unconfirmedNote:
      "The briefing names the theme, not objectives; the objective tags are Concord's suggestion from the objectives' titles (A/RES/73/195). Change them to fit your brief.",
    themes: {
      climateChange: 'Climate change',
      preventingLossOfLife: 'Preventing loss of life',
      alternativesToDetention: 'Alternatives to immigration detention',
      youth: 'Youth',
      inclusiveSocieties: 'Inclusive societies',
      covid19: 'COVID-19 response and recovery',
    },
    sections: {
      keyMessages: { title: 'Key messages', guidance: 'Three to five messages a busy diplomat reads first.' },
      issue: {
        title: 'The issue',
        guidance: 'What is happening, to whom and where; why it matters for the Compact now.',
      },
      evidence: {
        title: 'Evidence',
        guidance: 'Data and cases with their sources (footnotes); cite UN documents by symbol and paragraph.',
      },
      commitments: {
        title: 'What the Compact commits States to',
        guidance:
          'The commitments under the objectives tagged here (A/RES/73/195, cited by paragraph), and what the last Progress Declaration said on this theme.',
      },
      recommendations: {
        title: 'Recommendations',
        guidance: 'Numbered, addressed to named actors, concrete and time-bound.',
      },
      authors: { title: 'About the authors', guidance: 'Who wrote this and how to reach them.' },
    },
  },
  sgReportResponse: {
    title: "Response to the Secretary-General's report",
    description:
      "Your analysis of the Secretary-General's report on GCM implementation: where you agree, what it misses, and your recommendations. For the report's launch and Migration Week.",
    sections: {
      summary: {
        title: 'Summary',
        guidance: 'Your overall reading of the report and your three main recommendations.',
      },
      findings: {
        title: "The report's main findings",
        guidance: 'What the report says, cited by document symbol and paragraph (not page).',
      },
      agree: { title: 'Where we agree', guidance: 'Findings and proposals you support, and why.' },
      gaps: {
        title: 'What the report misses',
        guidance:
          'Gaps, omitted objectives or groups of migrants, evidence that contradicts the report. Tag passages with the objectives they concern.',
      },
      recommendations: {
        title: 'Recommendations',
        guidance: 'To States, to the UN Network on Migration and to the forum. Numbered and concrete.',
      },
      authors: { title: 'About the authors', guidance: 'Endorsing organisations and contacts.' },
    },
  },
  opEd: {
    title: 'Op-ed or blog post',
    description:
      "An editorial or blog post responding to the Secretary-General's report or the forum and sharing your priorities.",
    sections: {
      headline: {
        title: 'Headline and standfirst',
        guidance: 'A headline under 12 words and one sentence that says what the piece argues.',
      },
      hook: { title: 'Opening', guidance: 'A person, a number or an event that makes the reader care.' },
      argument: {
        title: 'Argument',
        guidance: 'Your point in plain words; what the Compact promised and what is happening.',
      },
      evidence: { title: 'Evidence', guidance: 'Two or three facts with their sources (linked).' },
      ask: { title: 'What must happen', guidance: 'A clear ask to a named actor, with a date.' },
      bio: { title: 'About the author', guidance: 'One or two lines.' },
    },
  },
  keyMessages: {
    title: 'Progress Declaration key messages',
    description:
      'Short, numbered messages for governments negotiating the Progress Declaration, each tagged with the objectives it serves and carrying a one-line rationale.',
    message: {
      title: 'Message {n}',
      guidance:
        'The message in one or two sentences, phrased as text you want in the Progress Declaration. Tag it with the objectives it serves. Then one line: "Rationale: ..." with the evidence or reason.',
    },
    sections: {
      about: {
        title: 'About these messages',
        guidance:
          'Who endorses them, and for which negotiation and audience (capitals, missions in New York, co-facilitators).',
      },
      messages: {
        title: 'Key messages',
        guidance:
          'Five to seven messages at most; the first is the one that matters most. Add or delete messages as needed.',
      },
      followUp: {
        title: 'Follow-up of the previous Progress Declaration',
        guidance:
          "Which commitments of the last Declaration remain unmet, and the indicators you propose for following them up (building on the voluntary indicator framework proposed in the Secretary-General's December 2024 report).",
      },
      contacts: { title: 'Contacts', guidance: 'Who to contact for each message, with e-mail.' },
    },
  },
  declarationAmendments: {
    title: 'Amendments to a draft declaration',
    description:
      'Your proposed changes to a draft Progress Declaration (zero draft or a revision), one row per paragraph: current text, proposed text, justification and the objectives served. Exported as a table.',
    columns: {
      paragraph: 'Paragraph',
      current: 'Current text',
      proposed: 'Proposed text',
      justification: 'Justification',
      objectives: 'Objectives served',
    },
    sections: {
      about: {
        title: 'About these amendments',
        guidance:
          'Which draft (zero draft or revision, with its date), who proposes the amendments and whom to contact. Refer to the paragraphs by the numbers of that draft.',
      },
      amendments: {
        title: 'Proposed amendments',
        guidance:
          "One row per amendment, in the draft's paragraph order. Current text: quote it exactly. Proposed text: the whole new wording. Justification: one or two sentences, with the evidence or the agreed language you rely on (the Compact cited by paragraph). Objectives served: their numbers, such as O13. Add rows as needed.",
      },
      general: {
        title: 'General comments',
        guidance: 'What is not an amendment to one paragraph: missing themes, structure, language to keep.',
      },
    },
  },
  missionTalkingPoints: {
    title: 'Talking points: meeting with a permanent mission',
    description:
      "Short talking points for a meeting with a government's permanent mission, in New York or Geneva, during the negotiation or around the forum: one purpose, three points, one ask.",
    point: {
      title: 'Point {n}',
      guidance: 'One point in one or two sentences, the evidence behind it, and the objective it concerns (tag it).',
    },
    sections: {
      meeting: {
        title: 'The meeting',
        guidance:
          'For your team, not the mission. Whom you meet (name, title, mission), when, who comes for the coalition and who speaks first; what this government said at the last forum or regional review, and its pledges.',
      },
      purpose: { title: 'Our purpose', guidance: 'One sentence: what you want the mission to do after this meeting.' },
      points: { title: 'Talking points', guidance: 'Three points at most, the strongest first.' },
      ask: {
        title: 'Our ask',
        guidance:
          'The concrete ask: a paragraph of the draft Declaration to support, a pledge to make, civil society or migrants on the delegation.',
      },
      followUp: {
        title: 'Leave-behind and follow-up',
        guidance: 'What you hand over (key messages, amendments) and when you will follow up.',
      },
    },
  },
  jointLetter: {
    title: 'Joint letter or sign-on statement',
    description:
      'A letter or statement other organisations sign on to. Invite them in the sign-on panel; those that endorse are listed as signatories at the end of the exported letter.',
    sections: {
      addressee: {
        title: 'Addressee and date',
        guidance:
          'Who the letter is to (a minister, the co-facilitators, the President of the General Assembly), with title and address, and the date.',
      },
      opening: {
        title: 'Why we write',
        guidance:
          'Who is writing (the coalition, how many organisations, from which countries) and why now: the step of the process this letter serves.',
      },
      concerns: {
        title: 'Our concerns',
        guidance:
          'The facts behind the letter, each with its source; cite UN documents by symbol and paragraph. Tag passages with the objectives they concern.',
      },
      asks: {
        title: 'What we ask',
        guidance:
          'Numbered, concrete asks addressed to the recipient, each tied to an objective of the Compact or a commitment of the Progress Declaration.',
      },
      closing: {
        title: 'Closing and contact',
        guidance:
          'A closing line and one contact person with e-mail. Do not type the signatories here: the organisations that endorse in the sign-on panel are listed at the end on export.',
      },
    },
  },
  delegationLetter: {
    title: 'Letter: include civil society and migrants in the delegation',
    description:
      'A letter asking your government to include civil society, and migrants themselves, in its delegation to the forum or a regional review, as the briefing urges. Send it well before accreditation closes.',
    sections: {
      addressee: {
        title: 'Addressee and date',
        guidance:
          "The minister or ministry that leads your country's delegation (foreign affairs, interior or labour), with a copy to the permanent mission; the date.",
      },
      request: {
        title: 'Our request',
        guidance:
          'Ask that the delegation to the forum (or the regional review) include representatives of civil society and of migrants themselves, named by their own organisations.',
      },
      why: {
        title: 'Why it matters',
        guidance:
          "The Compact's whole-of-society approach (A/RES/73/195 para 15(j)) and its call for participatory reviews; what your members would bring to the delegation.",
      },
      proposal: {
        title: 'Whom we propose',
        guidance: 'Names or profiles of the people you propose, and how the communities they represent chose them.',
      },
      closing: {
        title: 'Closing and contact',
        guidance:
          'A closing line and one contact person with e-mail. Organisations that endorse in the sign-on panel are listed at the end on export.',
      },
    },
  },
  hearingStatement: {
    title: 'Multi-stakeholder hearing statement',
    description:
      'An oral statement for the hearing the day before the forum. Budgeted at {minutes} minutes (about {words} words at {pace} words a minute; 200-260 words across the usual 100-130); change the budget if your slot differs.',
    unconfirmedNote:
      'No published speaking limit for the hearing was found: the 2-minute budget is a default to change to your slot.',
    sections: {
      speaker: {
        title: 'Speaker and session',
        guidance:
          'Not read aloud. Speaker, organisation, and the session you speak in, from the programme of your hearing: each hearing sets its own (the 2022 hearing had these: {sessions}).',
      },
      statement: {
        title: 'Statement',
        guidance:
          "Read aloud, slowly enough for interpreters (about {pace} words a minute). Greeting in one line; one point you want remembered; one piece of evidence or a migrant's voice; one clear ask to States; close. Short sentences, no abbreviations.",
      },
    },
    sessions2022: {
      progress: 'progress, gaps and challenges',
      commitments: 'commitments and recommendations',
      summary: 'collective summary of recommendations and pledges',
    },
  },
  oralStatements: {
    slotNote:
      'No published speaking limit for stakeholders in the round tables, the policy debate or the plenary was found: the 2-minute budget is a default to change to your slot.',
    budgetSentence: 'Budgeted at 2 minutes: about 200-260 words read at 100-130 words a minute.',
    venues: {
      roundTable: {
        title: 'Oral statement: round table',
        description:
          'An intervention in one of the four multi-stakeholder round tables, on the objectives of its cluster. Space is reserved for stakeholders in each round table, but only selected speakers are called.',
        context:
          'Not read aloud. Speaker, organisation, the round table (its number and its cluster of objectives) and the length of your slot. Tag this section with the objectives you speak to.',
      },
      policyDebate: {
        title: 'Oral statement: policy debate',
        description:
          'An intervention in the policy debate, which opens with the technical summaries of the round tables. Space is reserved for stakeholders, but only selected speakers are called.',
        context:
          'Not read aloud. Speaker, organisation and the length of your slot. Link your point to what the round-table summaries said, or failed to say.',
      },
      plenary: {
        title: 'Oral statement: plenary',
        description:
          "A statement in the plenary and general debate, where States present progress and pledges. Its opening hears one representative of the migrant community and one of civil society, who presents the hearing's summary (A/RES/73/326).",
        context:
          'Not read aloud. Speaker, organisation, the segment you speak in and the length of your slot. If you speak for the migrant community or for civil society at the opening, say whom you were chosen to represent.',
      },
    },
    sections: {
      speaker: { title: 'Speaker and slot' },
      statement: {
        title: 'Statement',
        guidance:
          "Read aloud, slowly enough for interpreters (about {pace} words a minute). Address the chair; one point you want remembered; one piece of evidence or a migrant's voice; one clear ask to States, tied to an objective; close. Short sentences, no abbreviations. A 2-minute slot holds 200-260 words, a 3-minute one 300-390: set the budget to your slot.",
      },
    },
  },
  pledge: {
    title: 'Pledge',
    description:
      "A commitment for action on GCM implementation, alone or jointly, in the fields of the UN Network's pledge form and in its order. The description takes {min}-{max} characters; the form accepts one attachment.",
    types: {
      financial: 'Financial',
      humanResources: 'Human resources',
      processOriented: 'Process-oriented',
      policyOriented: 'Policy-oriented',
    },
    sections: {
      contact: { title: 'Contact person', guidance: 'Name, organisation, e-mail.' },
      pledger: { title: 'Pledger', guidance: 'The organisation (or coalition) that makes the pledge.' },
      partners: {
        title: 'Other participating States or actors (joint pledges)',
        guidance: 'Other States or actors pledging with you. Pledges are preferably made in partnership.',
      },
      matching: {
        title: 'Matching pledge (title and id of the pledge matched)',
        guidance: 'If this pledge matches another, its title and id. Leave empty otherwise.',
      },
      type: { title: 'Type', guidance: 'One of: {types}.' },
      objectivesPrinciples: {
        title: 'GCM objectives and principles',
        guidance: 'List the GCM objectives and guiding principles the pledge serves, and tag this section with them.',
      },
      timeline: { title: 'Timeline', guidance: 'Start, milestones and end date.' },
      description: {
        title: 'Description',
        guidance:
          'What you will do, for whom and by when. It must be concrete, measurable (say how you and others will know it is delivered: numbers, dates, outputs), realistic, forward-looking, time-bound and preferably in partnership. Pledges concern migrants, not refugees. Between {min} and {maxPlain} characters.',
      },
      attachment: {
        title: 'Attachment',
        guidance:
          'The form accepts one attachment, no more: say which file you will attach (a concept note, a budget, a letter of commitment) and what it shows.',
      },
    },
  },
  sideEventConceptNote: {
    title: 'Side-event concept note',
    description:
      'A proposal for a side event. At the 2022 forum side events lasted one hour, outside official hours, in about 20 slots chosen for speaker level and diversity, stakeholders on the panel, regional balance and concrete outcomes.',
    sections: {
      eventTitle: {
        title: 'Title and format',
        guidance: 'Title; in person, online or hybrid; one hour; preferred date and time.',
      },
      background: { title: 'Background', guidance: 'Why this theme, now; tag the objectives it concerns.' },
      objectives: {
        title: 'Objectives of the event',
        guidance: 'What the event should achieve, in two to four points.',
      },
      speakers: {
        title: 'Speakers and moderation',
        guidance:
          'Speaker level and diversity (gender, region, migrants speaking for themselves); stakeholders on the panel, not only States; regional balance.',
      },
      outcomes: {
        title: 'Expected outcomes',
        guidance: 'Concrete outcomes: a pledge, a joint statement, a follow-up meeting.',
      },
      organisers: {
        title: 'Organisers and co-sponsors',
        guidance: 'Organisations, States and UN entities co-sponsoring; contact person.',
      },
    },
  },
} as const;
