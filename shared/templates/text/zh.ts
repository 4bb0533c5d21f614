import type { TemplateText } from './templateTextShape.ts';

/** 内置模板的中文文本（采用《安全、有序和正常移民全球契约》及联合国中文文件的用语和全角标点）。 */
export const zh: TemplateText = {
  uncertainty: {
    template: '模板“{title}”：{note}',
    milestone: '节点“{title}”（{how}）：{note}',
    unsourced: '未经第一手来源证实。',
    projected: '预计',
    unconfirmed: '未经证实',
  },
  unofficialPrinciples: '此处指导原则的中文名称为非正式译文；正式文本见第A/RES/73/195号决议第15段',
  covers: {
    vnrInput: {
      subtitle: '民间社会对《移民问题全球契约》国别自愿审查的意见',
      purpose:
        '我们就本国执行《安全、有序和正常移民全球契约》情况的审查提出的意见；《全球契约》要求此类审查具有参与性。',
    },
    shadowReport: {
      subtitle: '民间社会对《安全、有序和正常移民全球契约》执行情况的评估',
      purpose:
        '本联合报告根据作者及其所服务移民的经验，逐项目标评估《移民问题全球契约》的执行情况，提交区域审查和国际移民审查论坛。',
    },
    backgroundNote: {
      purpose:
        '就本圆桌会议一并审查的各项目标（{objectives}）提出的分析和建议，供国际移民审查论坛后续行动和区域审查使用。',
    },
    policyBrief: {
      subtitle: '关于执行《移民问题全球契约》的政策简报：{theme}',
      purpose: '对执行《移民问题全球契约》中的一项差距或新挑战的简要分析，以及我们向各国提出的建议。',
    },
    sgReportResponse: {
      subtitle: '民间社会对秘书长关于《移民问题全球契约》报告的回应',
      purpose: '我们认同秘书长关于《移民问题全球契约》执行情况报告中的哪些内容、报告遗漏了什么，以及我们的建议。',
    },
    keyMessages: {
      subtitle: '民间社会关于国际移民审查论坛《进展宣言》的关键信息',
      purpose: '我们请会员国在《进展宣言》中议定的内容；《进展宣言》是每届国际移民审查论坛经政府间商定的成果文件。',
    },
    declarationAmendments: {
      subtitle: '对《进展宣言》草案的修正建议',
      purpose: '我们对草案逐段提出的修改，每项修改均附理由及其所服务的《移民问题全球契约》目标。',
    },
    missionTalkingPoints: {
      subtitle: '与常驻代表团会面的谈话要点',
      purpose: '我们就执行《移民问题全球契约》及其审查向代表团提出的要点和请求。',
    },
    hearingStatement: {
      subtitle: '在国际移民审查论坛多利益攸关方听证会上的发言',
      purpose: '我们在大会主席于论坛前一天召集的听证会上的发言；听证会摘要在论坛开幕时提交。',
    },
    oralStatement: {
      subtitle: '在国际移民审查论坛上的发言',
      purpose: '民间社会关于《安全、有序和正常移民全球契约》执行情况的口头发言。',
    },
    pledge: {
      subtitle: '执行《安全、有序和正常移民全球契约》的承诺',
      purpose: '本封面所列组织为执行《移民问题全球契约》作出的具体、可衡量、有时限的行动承诺。',
    },
    sideEventConceptNote: {
      subtitle: '关于《移民问题全球契约》的会外活动概念说明',
      purpose: '我们关于在国际移民审查论坛或区域审查期间举办一小时会外活动的提议：主题、发言人和预期的具体成果。',
    },
  },
  vnrInput: {
    title: '对国别自愿审查磋商的意见',
    description: '您对某国国别自愿审查提出的意见；《全球契约》要求审查具有参与性。各节按照一种合理的默认结构编排。',
    unconfirmedNote: '联合国移民问题网络为国别自愿审查规定的报告结构尚未得到证实；以下各节是一种合理的默认结构。',
    sections: {
      about: {
        title: '我们是谁',
        guidance: '提交意见的组织、它们代表哪些群体，以及移民如何参与了意见的起草。',
      },
      methodology: {
        title: '审查的编写方法',
        guidance: '政府主导的进程包容程度如何：征求了谁的意见、何时征求、提前多久通知；怎样才能使其真正具有参与性。',
      },
      policy: {
        title: '政策与有利环境',
        guidance: '促进或阻碍执行的法律、政策和机构。',
      },
      progress: {
        title: '《全球契约》各项目标的进展',
        guidance: '您最了解的那些目标取得的进展和存在的差距；为每一段标注其涉及的目标。',
      },
      means: { title: '执行手段', guidance: '资金、能力、数据和伙伴关系。' },
      nextSteps: {
        title: '下一步行动与建议',
        guidance: '审查应促使政府作出哪些承诺，逐条编号列出。',
      },
    },
  },
  shadowReport: {
    title: '执行情况影子报告',
    description: '民间社会对《全球契约》执行情况的评估，逐项目标进行，按圆桌会议分组，并提出建议。段落编号。',
    unconfirmedNote:
      '标题中各圆桌会议的名称为非正式名称（没有任何正式来源给出名称）；各组目标依据第A/RES/73/326号决议。',
    objectiveGuidance:
      '进展：自上次审查以来该国所做的工作，包括其本国报告所述和实际情况。' +
      '差距：缺少什么，谁被排除在外，实践在何处与既定政策相悖。' +
      '证据：注明来源名称，引用联合国文件时注明文号和段落；添加脚注。' +
      '建议：具体，针对指名的行为体，并有时限。' +
      '将评估与该国的自愿审查及以往的建议联系起来。如不评估此项目标，请删除本节。',
    clusterGuidance:
      '第A/RES/73/326号决议分配给圆桌会议{n}的一组目标（2022年合并审议）。如有必要，可先用两三句话概述这组目标的整体情况。',
    sections: {
      coverSummary: {
        title: '封面与摘要',
        guidance:
          '封面：国家或区域、本报告服务的进程（例如区域审查或论坛）以及全部合著方。摘要：用几段话概述主要结论和建议，然后列出关键词。',
      },
      about: {
        title: '我们是谁以及本报告的编写过程',
        guidance:
          '列出每个作者组织及其代表的群体。说明报告的编写过程：举行了哪些磋商、移民如何参与、使用了哪些来源、涵盖哪一时期。',
      },
      assessment: {
        title: '执行情况评估',
        guidance: '按第A/RES/73/326号决议规定的四个圆桌会议分组。每项目标一节，涵盖进展、差距、证据和建议。',
      },
      principles: {
        title: '贯穿各领域的指导原则',
        guidance: '执行工作如何尊重指导原则（第A/RES/73/195号决议第15段）：{principles}。为各段标注其涉及的原则。',
      },
      previousDeclaration: {
        title: '上一份《进展宣言》的后续落实',
        guidance:
          '上一份《进展宣言》要求各国作出的承诺（注明段落）；该国就每项承诺采取了哪些行动；以及为衡量落实情况而提出的指标（秘书长2024年12月的报告提出了一个自愿指标框架）。如没有指标或数据，请予说明。',
      },
      recommendations: {
        title: '建议',
        guidance: '逐条编号；每条建议针对指名的行为体；内容具体并有时限。注明建议所服务的目标。',
      },
      annexes: {
        title: '附件',
        guidance: '认可本报告的组织、方法、数据表、参考来源。',
      },
    },
  },
  backgroundNote: {
    title: '圆桌会议{n}背景说明',
    description:
      '约{words}字，就一组目标进行分析并提出建议：{roundTable}（目标{objectives}）。供系列对话、在线磋商和圆桌会议本身使用。',
    unconfirmedNote:
      '该圆桌会议的名称为非正式名称（没有任何正式来源给出名称）；其所涵盖的目标依据第A/RES/73/326号决议。',
    objectiveGuidance: '现状、哪些做法有效、哪些无效，并附一项证据。您不涉及的目标可以合并或删除。',
    sections: {
      summary: { title: '摘要', guidance: '三四句话：主要结论和主要诉求。' },
      context: {
        title: '背景',
        guidance: '为什么这组目标在当下很重要——在您所在的区域，或对您服务的人群而言。',
      },
      analysis: { title: '按目标分析', guidance: '{roundTable}。' },
      recommendations: { title: '建议', guidance: '逐条编号，针对指名的行为体，内容具体。' },
      authors: { title: '关于作者', guidance: '本说明由谁撰写，如何联系。' },
    },
  },
  policyBrief: {
    title: '专题政策简报：{theme}',
    description:
      '约{words}字，针对系列对话中提出的差距和新挑战之一进行分析并提出建议：{theme}。供磋商和《进展宣言》谈判使用。',
    unconfirmedNote:
      '情况介绍只点明了主题，没有列出目标；目标标签是Concord根据各项目标的标题（A/RES/73/195）提出的建议。请根据您的简报加以调整。',
    themes: {
      climateChange: '气候变化',
      preventingLossOfLife: '防止人员丧生',
      alternativesToDetention: '移民拘留的替代办法',
      youth: '青年',
      inclusiveSocieties: '包容性社会',
      covid19: '2019冠状病毒病应对与复苏',
    },
    sections: {
      keyMessages: {
        title: '关键信息',
        guidance: '三至五条忙碌的外交官会首先阅读的信息。',
      },
      issue: {
        title: '问题所在',
        guidance: '发生了什么、涉及谁、在哪里；为什么这对当前的《全球契约》至关重要。',
      },
      evidence: {
        title: '证据',
        guidance: '数据和案例及其来源（以脚注注明）；引用联合国文件时注明文号和段落。',
      },
      commitments: {
        title: '《全球契约》要求各国作出的承诺',
        guidance:
          '此处所标注目标下的各项承诺（第A/RES/73/195号决议，注明段落），以及上一份《进展宣言》就这一主题所作的表述。',
      },
      recommendations: {
        title: '建议',
        guidance: '逐条编号，针对指名的行为体，内容具体并有时限。',
      },
      authors: { title: '关于作者', guidance: '本简报由谁撰写，如何联系。' },
    },
  },
  sgReportResponse: {
    title: '对秘书长报告的回应',
    description:
      '您对秘书长关于《全球契约》执行情况的报告的分析：您赞同之处、报告遗漏之处以及您的建议。供报告发布和移民周期间使用。',
    sections: {
      summary: {
        title: '摘要',
        guidance: '您对报告的总体看法以及您最主要的三条建议。',
      },
      findings: {
        title: '报告的主要结论',
        guidance: '报告的内容，引用时注明文号和段落（而非页码）。',
      },
      agree: { title: '我们赞同之处', guidance: '您支持的结论和提议，以及理由。' },
      gaps: {
        title: '报告遗漏之处',
        guidance: '差距、被忽视的目标或移民群体、与报告相矛盾的证据。为各段标注其涉及的目标。',
      },
      recommendations: {
        title: '建议',
        guidance: '向各国、联合国移民问题网络和论坛提出。逐条编号，内容具体。',
      },
      authors: { title: '关于作者', guidance: '认可的组织和联系人。' },
    },
  },
  opEd: {
    title: '评论文章或博客文章',
    description: '一篇回应秘书长报告或论坛、阐述您的优先事项的评论文章或博客文章。',
    sections: {
      headline: {
        title: '标题与导语',
        guidance: '一个不超过20字的标题，以及一句点明文章观点的话。',
      },
      hook: { title: '开头', guidance: '用一个人物、一个数字或一个事件引起读者关注。' },
      argument: {
        title: '论点',
        guidance: '用平实的语言阐明您的观点；《全球契约》作出了什么承诺，实际情况又如何。',
      },
      evidence: { title: '证据', guidance: '两三个事实及其来源（附链接）。' },
      ask: { title: '必须采取的行动', guidance: '向指名的行为体提出明确诉求，并给出日期。' },
      bio: { title: '关于作者', guidance: '一两行。' },
    },
  },
  keyMessages: {
    title: '关于《进展宣言》的关键信息',
    description: '供谈判《进展宣言》的各国政府参考的简短编号信息，每条标注其服务的目标，并附一行理由。',
    message: {
      title: '信息{n}',
      guidance:
        '用一两句话表述信息，措辞即您希望写入《进展宣言》的文字。为其标注所服务的目标。然后另起一行：“理由：……”，写明证据或理由。',
    },
    sections: {
      about: {
        title: '关于这些信息',
        guidance: '由谁认可，面向哪一谈判和哪些受众（各国首都、驻纽约代表团、共同协调人）。',
      },
      messages: {
        title: '关键信息',
        guidance: '最多五至七条；第一条最为重要。可根据需要增删信息。',
      },
      followUp: {
        title: '上一份《进展宣言》的后续落实',
        guidance:
          '上一份《宣言》中尚未兑现的承诺，以及您为跟踪落实情况而提出的指标（以秘书长2024年12月报告提出的自愿指标框架为基础）。',
      },
      contacts: { title: '联系人', guidance: '每条信息的联系人及其电子邮件地址。' },
    },
  },
  declarationAmendments: {
    title: '对宣言草案的修正',
    description:
      '您对《进展宣言》草案（零号草案或修订稿）提出的修改，每段一行：现有案文、拟议案文、理由和所服务的目标。以表格形式导出。',
    columns: {
      paragraph: '段落',
      current: '现有案文',
      proposed: '拟议案文',
      justification: '理由',
      objectives: '所服务的目标',
    },
    sections: {
      about: {
        title: '关于这些修正',
        guidance: '针对哪一份草案（零号草案或修订稿，注明日期）、由谁提出修正、联系谁。按该草案的段落编号提及各段。',
      },
      amendments: {
        title: '拟议修正',
        guidance:
          '每项修正一行，按草案段落顺序排列。现有案文：原文照录。拟议案文：完整的新措辞。理由：一两句话，附上您所依据的证据或商定措辞（引用《全球契约》时注明段落）。所服务的目标：目标编号，例如O13。可根据需要增加行。',
      },
      general: {
        title: '一般性意见',
        guidance: '不属于对某一段落的修正的内容：缺少的主题、结构、应保留的措辞。',
      },
    },
  },
  missionTalkingPoints: {
    title: '谈话要点：与常驻代表团会面',
    description:
      '在谈判期间或论坛前后，与某国政府驻纽约或日内瓦常驻代表团会面时使用的简短谈话要点：一个目的、三个要点、一项诉求。',
    point: {
      title: '要点{n}',
      guidance: '用一两句话说明一个要点、支持它的证据以及它涉及的目标（加以标注）。',
    },
    sections: {
      meeting: {
        title: '会面',
        guidance:
          '供您的团队使用，不交给代表团。会见谁（姓名、职务、代表团）、何时会见、联盟由谁出席、谁先发言；该国政府在上一届论坛或区域审查中的表态及其承诺。',
      },
      purpose: { title: '我们的目的', guidance: '一句话：您希望代表团在这次会面后采取什么行动。' },
      points: { title: '谈话要点', guidance: '最多三个要点，最有力的放在最前。' },
      ask: {
        title: '我们的诉求',
        guidance: '具体诉求：支持《宣言》草案的某一段落、作出一项承诺、让民间社会或移民加入代表团。',
      },
      followUp: {
        title: '留交材料与后续跟进',
        guidance: '您留下哪些材料（关键信息、修正案）以及何时跟进。',
      },
    },
  },
  jointLetter: {
    title: '联名信或联署声明',
    description:
      '一封供其他组织联署的信函或声明。请在联署面板中邀请它们；表示认可的组织将作为联署方列在导出信函的末尾。',
    sections: {
      addressee: {
        title: '收件人与日期',
        guidance: '信函寄给谁（某位部长、共同协调人、大会主席），注明职务和地址，以及日期。',
      },
      opening: {
        title: '致函缘由',
        guidance: '谁在写信（联盟、多少个组织、来自哪些国家），为什么是现在：这封信服务于进程的哪一阶段。',
      },
      concerns: {
        title: '我们的关切',
        guidance: '信函所依据的事实，每项注明来源；引用联合国文件时注明文号和段落。为各段标注其涉及的目标。',
      },
      asks: {
        title: '我们的诉求',
        guidance: '向收件人提出的编号、具体的诉求，每项均与《全球契约》的某项目标或《进展宣言》的某项承诺相联系。',
      },
      closing: {
        title: '结尾与联系人',
        guidance:
          '一句结束语和一位联系人及其电子邮件地址。不要在此填写联署方：在联署面板中表示认可的组织会在导出时列在末尾。',
      },
    },
  },
  delegationLetter: {
    title: '信函：让民间社会和移民加入代表团',
    description:
      '一封信函，请求您的政府按照情况介绍的敦促，让民间社会以及移民本身加入其出席论坛或区域审查的代表团。请在注册截止之前及早寄出。',
    sections: {
      addressee: {
        title: '收件人与日期',
        guidance: '率领贵国代表团的部长或部委（外交、内政或劳工），抄送常驻代表团；日期。',
      },
      request: {
        title: '我们的请求',
        guidance: '请求出席论坛（或区域审查）的代表团包括民间社会代表和移民本身的代表，由他们自己的组织推选。',
      },
      why: {
        title: '为何重要',
        guidance:
          '《全球契约》的全社会办法（第A/RES/73/195号决议第15(j)段）及其关于开展参与式审查的呼吁；您的成员能为代表团带来什么。',
      },
      proposal: {
        title: '我们推荐的人选',
        guidance: '您推荐的人员的姓名或简介，以及他们所代表的社区如何推选了他们。',
      },
      closing: {
        title: '结尾与联系人',
        guidance: '一句结束语和一位联系人及其电子邮件地址。在联署面板中表示认可的组织会在导出时列在末尾。',
      },
    },
  },
  hearingStatement: {
    title: '多利益攸关方听证会发言',
    description:
      '在论坛前一天举行的听证会上所作的口头发言。时长按{minutes}分钟计（按每分钟{pace}词计约{words}词；按通常每分钟100至130词计为200至260词）；如您的发言时段不同，请修改时长。',
    unconfirmedNote: '未找到听证会公布的发言时限：2分钟是默认值，请根据您的发言时段调整。',
    sections: {
      speaker: {
        title: '发言人与会议',
        guidance:
          '不宣读。发言人、所属组织以及您发言的会议，以您所参加听证会的议程为准：每次听证会自定议程（2022年听证会包括以下会议：{sessions}）。',
      },
      statement: {
        title: '发言',
        guidance:
          '宣读时语速要慢，以便口译员跟上（每分钟约{pace}词）。一句问候；一个希望听众记住的要点；一项证据或一位移民的声音；向各国提出一项明确诉求；结束语。句子简短，不用缩略语。',
      },
    },
    sessions2022: {
      progress: '进展、差距和挑战',
      commitments: '承诺和建议',
      summary: '建议和承诺的集体总结',
    },
  },
  oralStatements: {
    slotNote: '未找到利益攸关方在圆桌会议、政策辩论或全体会议上公布的发言时限：2分钟是默认值，请根据您的发言时段调整。',
    budgetSentence: '时长按2分钟计：以每分钟100至130词的语速宣读，约200至260词。',
    venues: {
      roundTable: {
        title: '口头发言：圆桌会议',
        description:
          '在四个多利益攸关方圆桌会议之一上就该组目标所作的发言。每个圆桌会议都为利益攸关方预留了发言时间，但只有经遴选的发言者才会获邀发言。',
        context:
          '不宣读。发言人、所属组织、圆桌会议（编号及其所涵盖的一组目标）以及您的发言时长。为本节标注您发言涉及的目标。',
      },
      policyDebate: {
        title: '口头发言：政策辩论',
        description:
          '在政策辩论上所作的发言；政策辩论以各圆桌会议的技术性总结开场。为利益攸关方预留了发言时间，但只有经遴选的发言者才会获邀发言。',
        context: '不宣读。发言人、所属组织以及您的发言时长。将您的观点与圆桌会议总结中提到或未提到的内容联系起来。',
      },
      plenary: {
        title: '口头发言：全体会议',
        description:
          '在全体会议和一般性辩论上所作的发言，各国在会上介绍进展和承诺。开幕时，由移民群体的一名代表和民间社会的一名代表发言，后者介绍听证会的总结（A/RES/73/326）。',
        context:
          '不宣读。发言人、所属组织、您发言的会议环节以及您的发言时长。如果您在开幕时代表移民群体或民间社会发言，请说明推选您代表的是哪些群体。',
      },
    },
    sections: {
      speaker: { title: '发言人与发言时段' },
      statement: {
        title: '发言',
        guidance:
          '宣读时语速要慢，以便口译员跟上（每分钟约{pace}词）。称呼主席；一个希望听众记住的要点；一项证据或一位移民的声音；向各国提出一项与某项目标相联系的明确诉求；结束语。句子简短，不用缩略语。2分钟的时段可容纳200至260词，3分钟为300至390词：请根据您的发言时段设定时长。',
      },
    },
  },
  pledge: {
    title: '承诺',
    description:
      '为执行《全球契约》而单独或与他方共同作出的行动承诺，按照联合国移民问题网络承诺表的栏目及其顺序填写。说明部分为{min}至{max}个字符；承诺表只接受一个附件。',
    types: {
      financial: '资金',
      humanResources: '人力资源',
      processOriented: '面向进程',
      policyOriented: '面向政策',
    },
    sections: {
      contact: { title: '联系人', guidance: '姓名、组织、电子邮件地址。' },
      pledger: { title: '承诺方', guidance: '作出承诺的组织（或联盟）。' },
      partners: {
        title: '其他参与国或行为体（联合承诺）',
        guidance: '与您共同作出承诺的其他国家或行为体。承诺最好以伙伴关系的形式作出。',
      },
      matching: {
        title: '配对承诺（所配对承诺的标题和编号）',
        guidance: '如本承诺与另一项承诺配对，请注明其标题和编号。否则留空。',
      },
      type: { title: '类型', guidance: '以下之一：{types}。' },
      objectivesPrinciples: {
        title: '《全球契约》的目标和原则',
        guidance: '列出本承诺所服务的《全球契约》目标和指导原则，并用它们为本节加标签。',
      },
      timeline: { title: '时间表', guidance: '开始日期、阶段性节点和结束日期。' },
      description: {
        title: '说明',
        guidance:
          '您将做什么、为谁做、何时完成。承诺必须具体、可衡量（说明您和他人如何得知承诺已经兑现：数字、日期、产出）、切合实际、面向未来、有时限，最好以伙伴关系的形式作出。承诺涉及的是移民，而非难民。字数在{min}至{maxPlain}个字符之间。',
      },
      attachment: {
        title: '附件',
        guidance: '承诺表只接受一个附件：说明您将附上哪个文件（概念说明、预算、承诺函）以及它说明了什么。',
      },
    },
  },
  sideEventConceptNote: {
    title: '会外活动概念说明',
    description:
      '举办会外活动的提案。在2022年论坛上，会外活动在正式会议时间之外举行，每场一小时，约20个时段，遴选时考虑发言者的级别和多样性、利益攸关方参加讨论小组的情况、区域平衡和具体成果。',
    sections: {
      eventTitle: {
        title: '标题与形式',
        guidance: '标题；线下、线上或混合形式；一小时；首选日期和时间。',
      },
      background: { title: '背景', guidance: '为什么选择这一主题、为什么是现在；标注其涉及的目标。' },
      objectives: {
        title: '活动目的',
        guidance: '活动应实现什么，分两至四点列出。',
      },
      speakers: {
        title: '发言者与主持',
        guidance:
          '发言者的级别和多样性（性别、区域、为自己发声的移民）；讨论小组中有利益攸关方，而不只是国家；区域平衡。',
      },
      outcomes: {
        title: '预期成果',
        guidance: '具体成果：一项承诺、一份联合声明、一次后续会议。',
      },
      organisers: {
        title: '主办方与共同发起方',
        guidance: '共同发起的组织、国家和联合国实体；联系人。',
      },
    },
  },
};
