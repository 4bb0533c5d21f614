import type { checklistEn } from './en.ts';

/** 默认提供的行动建议，中文（见 en.ts）。 */
export const checklistZh: Record<keyof typeof checklistEn, string> = {
  'checklistData.arab-read-reviews': '阅读联合国移民网络为阿拉伯国家收集的自愿审查，并将本组织的评估与之对照',
  'checklistData.arab-process':
    '把审查当作持续数月的进程而非一次会议来跟进（第一次从 2020 年 6 月持续到 2021 年 2 月），并为其多利益攸关方磋商提供意见',
  'checklistData.arab-organisers': '尽早向组织方通报情况：审查由国际移民组织、西亚经社会和阿拉伯国家联盟共同组织',
  'checklistData.vnr-participatory': '倡导并参与自愿审查的参与式进程，例如举行磋商会议或与相关政府部委建立对话',
  'checklistData.vnr-own-assessment': '单独或与其他组织合作，编写本组织对落实情况的评估',
  'checklistData.unece-read-reviews':
    '阅读联合国移民网络为欧洲和北美（欧洲经委会）收集的自愿审查，并将本组织的评估与之对照',
  'checklistData.unece-consultations':
    '在审查前参加联合国移民网络的利益攸关方磋商（2024 年 1 月 29 日和 2 月 28 日，线上），并把本组织的优先事项发给利益攸关方报告员',
  'checklistData.unece-hearing': '报名参加审查当天上午的利益攸关方听证会（2024 年 3 月 11 日 8:30–10:00，日内瓦）',
  'checklistData.unece-rfsd': '将本组织的信息与紧接审查举行的可持续发展区域论坛相衔接',
  'checklistData.asia-pacific-read-reviews': '阅读联合国移民网络为亚洲及太平洋收集的自愿审查，并将本组织的评估与之对照',
  'checklistData.asia-pacific-consultations': '参加审查前举行的利益攸关方磋商（第一周期共四次，并为会议编写了摘要）',
  'checklistData.asia-pacific-survey':
    '询问本国政府是否答复了亚太经社会为自愿审查开展的调查，并将本组织的证据与其答复对照',
  'checklistData.lac-read-reviews': '阅读联合国移民网络为拉丁美洲和加勒比收集的自愿审查，并将本组织的评估与之对照',
  'checklistData.lac-hearing':
    '报名参加在拉加经委会举行的政府间会议之前的多利益攸关方会议（2021 年 4 月 13 日至 15 日；2025 年 3 月 18 日）',
  'checklistData.lac-processes': '将本组织的意见与审查前召开的次区域和区域进程相衔接（2021 年为 4 月 12 日）',
  'checklistData.africa-read-reviews': '阅读联合国移民网络为非洲收集的自愿审查，并将本组织的评估与之对照',
  'checklistData.africa-stakeholders':
    '参加审查前举行的利益攸关方磋商（第一周期为 2021 年 8 月 27 日），并在会上提出本组织的评估',
  'checklistData.sg-publish': '发表社论、博客文章或其他文字，回应报告并阐述本组织的优先事项',
  'checklistData.accreditation-apply': '为将参加听证会或论坛的每个成员组织申请特别认证',
  'checklistData.dialogue-speakers': '为网络研讨会推荐发言人，并积极参与',
  'checklistData.dialogue-online-space': '参与在线讨论平台',
  'checklistData.dialogue-background': '就任一对话主题编写本组织的背景文件，提供分析和建议，为讨论提供参考',
  'checklistData.dialogue-respond': '编写文件或举办通报会，在对话基础上进一步阐述并作出回应',
  'checklistData.sg-migration-week':
    '参加移民周活动，介绍本组织的优先事项，并了解秘书长、各国和其他利益攸关方的优先事项',
  'checklistData.sg-launch-events': '举办与报告发布相关的活动，提出本组织对秘书长报告的回应并分享建议',
  'checklistData.pd-key-messages':
    '思考希望进展宣言体现哪些问题和行动，并就此制定关键信息和倡导文件，在国家层面与各国政府分享，并通过各国常驻纽约联合国代表团传达',
  'checklistData.pd-promote': '通过举办通报会或参加他人组织的活动来宣传这些信息',
  'checklistData.hearing-register': '报名参加（需要认证，详情将公布在网络的网站上），并准备提出本组织的优先事项',
  'checklistData.hearing-side-events': '在听证会期间或之前举办会外活动或通报会',
  'checklistData.forum-register':
    '报名参加（需要认证，详情将公布在网络的网站上），并在圆桌会议、政策辩论和一般性辩论中提出本组织的优先事项（目前尚不清楚主会议上将有多少非国家利益攸关方能够发言）',
  'checklistData.forum-side-events': '围绕本组织优先关注的主题或情况举办会外活动，或为其他组织提供发言平台',
  'checklistData.forum-briefings': '与相关国家和其他利益攸关方安排非正式通报会',
  'checklistData.forum-delegations': '鼓励将利益攸关方，特别是移民，纳入会员国代表团',
  'checklistData.pledge-advocate': '倡导各国和其他利益攸关方就本组织的优先问题作出承诺',
  'checklistData.pledge-develop': '就本组织可单独或与他人合作采取的行动拟订承诺',
  'checklistData.outcome-text': '找到进展宣言的通过文本，记录其文号、通过日期和发布位置',
  'checklistData.outcome-summary': '告诉成员宣言要求各国承担哪些义务（注明段落编号），以及采纳了本组织的哪些关键信息',
  'checklistData.monitor-commitments': '列出联盟将跟踪的进展宣言各项承诺，并注明每项的段落编号',
  'checklistData.monitor-indicators':
    '为每项承诺选定一个指标、其基线和负责收集证据的人；在适用时采用秘书长 2024 年 12 月报告中提出的自愿指标',
  'checklistData.monitor-assign': '将每项承诺分配给一个成员组织，并定下向联盟汇报的日期',
  'checklistData.monitor-pledges': '记录本国政府和本联盟在论坛上作出的承诺及各自的到期时间',
  'checklistData.monitor-reviews':
    '决定哪些结论提交本区域的审查、哪些提交下一届论坛，并询问本国政府将如何报告其承诺的落实情况',
};
