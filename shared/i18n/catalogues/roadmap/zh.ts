import type { RoadmapMessages } from './en.ts';

/** The shipped milestones and cycles in Chinese (see ./en.ts), in the terms of the catalogue's glossary. */
export const roadmapZh: RoadmapMessages = {
  'roadmapData.imrf-2022.title': '第一个审查周期（2020—2022 年）',
  'roadmapData.imrf-2022.description': '区域审查、对话系列、秘书长报告和第一届国际移民审查论坛（纽约，2022 年 5 月）。',
  'roadmapData.imrf-2022.review-arab.title': '阿拉伯区域审查',
  'roadmapData.imrf-2022.review-arab.description': '阿拉伯国家落实《契约》情况的区域审查，以持续数月的进程方式进行。',
  'roadmapData.imrf-2022.review-unece.title': '欧洲经委会区域审查（欧洲和北美）',
  'roadmapData.imrf-2022.review-unece.description':
    '2020 年 11 月 9 日举行利益攸关方磋商；2020 年 11 月 12 日至 13 日举行区域审查。',
  'roadmapData.imrf-2022.review-asia-pacific.title': '亚洲及太平洋区域审查',
  'roadmapData.imrf-2022.review-asia-pacific.description': '亚洲及太平洋落实《契约》情况的区域审查。',
  'roadmapData.imrf-2022.review-lac.title': '拉丁美洲和加勒比区域审查',
  'roadmapData.imrf-2022.review-lac.description':
    '2021 年 4 月 13 日至 15 日举行民间社会磋商；2021 年 4 月 26 日至 28 日举行区域审查。',
  'roadmapData.imrf-2022.review-africa.title': '非洲区域审查',
  'roadmapData.imrf-2022.review-africa.description':
    '2021 年 8 月 27 日举行利益攸关方磋商；2021 年 8 月 31 日至 9 月 1 日举行区域审查。',
  'roadmapData.imrf-2022.sg-report.title': '秘书长报告（A/76/642）',
  'roadmapData.imrf-2022.sg-report.description':
    '秘书长关于落实情况的两年期报告，须至少在论坛前 12 周发布。第一份报告为 A/75/542。',
  'roadmapData.imrf-2022.accreditation.title': '利益攸关方特别认证截止',
  'roadmapData.imrf-2022.accreditation.description': '利益攸关方申请听证会和论坛特别认证的最后一天。',
  'roadmapData.imrf-2022.consultations.title': '各圆桌会议在线磋商截止',
  'roadmapData.imrf-2022.consultations.description':
    '论坛对话系列：每个圆桌会议目标组和每个新议题各有一场网络研讨会和一个在线讨论空间，开放至 2022 年 1 月 31 日。背景说明约 1000 字。',
  'roadmapData.imrf-2022.migration-week.title': '移民周：秘书长报告发布',
  'roadmapData.imrf-2022.migration-week.description': '围绕秘书长报告发布举办的一周活动。',
  'roadmapData.imrf-2022.declaration-text.title': '进展宣言最后文本',
  'roadmapData.imrf-2022.declaration-text.description':
    '进展宣言的最后文本，在两名共同协调人（孟加拉国和卢森堡）主持下谈判达成，共同协调人至少在论坛前两个月任命。',
  'roadmapData.imrf-2022.hearing.title': '多利益攸关方听证会',
  'roadmapData.imrf-2022.hearing.description':
    '由大会主席在论坛前一天召集。2022 年听证会的会议：进展、差距和挑战；承诺和建议；建议和认捐的集体摘要。听证会摘要在论坛开幕时提交。',
  'roadmapData.imrf-2022.forum.title': '2022 年国际移民审查论坛',
  'roadmapData.imrf-2022.forum.description':
    '纽约。四场圆桌会议（5 月 17 日和 5 月 18 日上午）、政策辩论（5 月 18 日下午）、全体会议和一般性辩论（5 月 19 日至 20 日）。会外活动：一小时，在正式会议时间之外，约 20 个时段。',
  'roadmapData.imrf-2022.round-tables.title': '四场圆桌会议',
  'roadmapData.imrf-2022.round-tables.description':
    '四场互动式多利益攸关方圆桌会议，按 A/RES/73/326 号决议确定的每组目标各举行一场，于 5 月 17 日和 5 月 18 日上午举行。',
  'roadmapData.imrf-2022.policy-debate.title': '政策辩论',
  'roadmapData.imrf-2022.policy-debate.description': '2022 年 5 月 18 日下午；以圆桌会议的技术摘要开场。',
  'roadmapData.imrf-2022.plenary.title': '全体会议和一般性辩论',
  'roadmapData.imrf-2022.plenary.description': '论坛在最后一天即 5 月 20 日通过了进展宣言。',
  'roadmapData.imrf-2022.declaration.title': '论坛通过进展宣言',
  'roadmapData.imrf-2022.declaration.description':
    '在论坛最后一天通过，因为每届论坛都以政府间商定的进展宣言结束（A/RES/73/195，第 49 段）。',
  'roadmapData.imrf-2022.adoption.title': '大会核可进展宣言',
  'roadmapData.imrf-2022.adoption.description':
    '论坛于 5 月 20 日通过后，大会于 2022 年 6 月 7 日以协商一致方式核可。决议文号据称为 A/RES/76/266。',
  'roadmapData.imrf-2026.title': '第二个审查周期（2024—2026 年）',
  'roadmapData.imrf-2026.description':
    '2024—2025 年区域审查、2024 年 12 月秘书长报告、进展宣言谈判和第二届国际移民审查论坛（纽约，2026 年 5 月）。',
  'roadmapData.imrf-2026.review-unece.title': '欧洲经委会区域审查（欧洲和北美）',
  'roadmapData.imrf-2026.review-unece.description':
    '日内瓦（万国宫）：上午举行利益攸关方听证会，随后举行政府间会议，紧接着是可持续发展区域论坛。',
  'roadmapData.imrf-2026.review-arab.title': '阿拉伯区域审查',
  'roadmapData.imrf-2026.review-arab.description': '开罗，阿拉伯国家联盟总部。',
  'roadmapData.imrf-2026.review-africa.title': '非洲区域审查',
  'roadmapData.imrf-2026.review-africa.description': '亚的斯亚贝巴。',
  'roadmapData.imrf-2026.sg-report.title': '秘书长报告',
  'roadmapData.imrf-2026.sg-report.description': '2024 年 12 月 5 日发布；提出一个用于审查落实情况的自愿指标框架。',
  'roadmapData.imrf-2026.review-asia-pacific.title': '亚洲及太平洋区域审查',
  'roadmapData.imrf-2026.review-asia-pacific.description': '曼谷。',
  'roadmapData.imrf-2026.review-lac.title': '拉丁美洲和加勒比区域审查',
  'roadmapData.imrf-2026.review-lac.description':
    '圣地亚哥，拉加经委会：3 月 18 日举行互动式多利益攸关方听证会，随后于 3 月 19 日至 20 日举行政府间会议。',
  'roadmapData.imrf-2026.accreditation.title': '利益攸关方特别认证截止',
  'roadmapData.imrf-2026.accreditation.description':
    '没有经社理事会咨商地位、此前也未获《契约》相关认证的利益攸关方申请听证会和论坛特别认证的最后一天。请在截止前登记，不要等到听证会当天。',
  'roadmapData.imrf-2026.co-facilitators.title': '进展宣言共同协调人任命',
  'roadmapData.imrf-2026.co-facilitators.description':
    '由两名常驻纽约的大使主持谈判，至少在论坛前两个月任命。请在谈判开始前准备好您的关键信息。',
  'roadmapData.imrf-2026.consultations.title': '宣言草案非正式磋商',
  'roadmapData.imrf-2026.consultations.description': '会员国在纽约就文本进行谈判；各代表团和各国首都仍可采纳您的信息。',
  'roadmapData.imrf-2026.zero-draft.title': '进展宣言零草案',
  'roadmapData.imrf-2026.zero-draft.description': '共同协调人的第一稿：请与您的关键信息对照，并提出修正意见。',
  'roadmapData.imrf-2026.final-draft.title': '进展宣言最后草案',
  'roadmapData.imrf-2026.final-draft.description': '提交论坛通过的文本（2022 年在论坛前五天发布）。',
  'roadmapData.imrf-2026.hearing.title': '多利益攸关方听证会',
  'roadmapData.imrf-2026.hearing.description': '论坛前一天；非国家利益攸关方发言。我们的资料来源中没有其会议安排。',
  'roadmapData.imrf-2026.forum.title': '2026 年国际移民审查论坛',
  'roadmapData.imrf-2026.forum.description': '纽约。四场圆桌会议涵盖全部 23 项目标，另有政策辩论。',
  'roadmapData.imrf-2026.round-tables.title': '四场圆桌会议',
  'roadmapData.imrf-2026.round-tables.description':
    '四场圆桌会议涵盖全部 23 项目标，预计沿用 A/RES/73/326 号决议的目标分组（与 2022 年相同）。',
  'roadmapData.imrf-2026.policy-debate.title': '政策辩论',
  'roadmapData.imrf-2026.policy-debate.description': '论坛议程中的政策辩论。',
  'roadmapData.imrf-2026.plenary.title': '全体会议和一般性辩论',
  'roadmapData.imrf-2026.plenary.description': '各国介绍进展和认捐；论坛以进展宣言结束。',
  'roadmapData.imrf-2026.declaration.title': '进展宣言',
  'roadmapData.imrf-2026.declaration.description': '每届论坛都以政府间商定的进展宣言结束（A/RES/73/195，第 49 段）。',
  'roadmapData.imrf-2030.title': '第三个审查周期（2026—2030 年）',
  'roadmapData.imrf-2030.description':
    '2026 年论坛的后续行动、2028—2029 年区域审查和 2030 年第三届国际移民审查论坛。根据 A/RES/73/195 和 A/RES/73/326 号决议推算：每个日期在公布前均为暂定。',
  'roadmapData.imrf-2030.outcome-2026.title': '2026 年论坛成果：决定和承诺',
  'roadmapData.imrf-2030.outcome-2026.description':
    '在此记录 2026 年进展宣言（文号、日期和主要承诺）以及在论坛上作出的认捐。',
  'roadmapData.imrf-2030.monitoring-plan.title': '宣言承诺监测计划',
  'roadmapData.imrf-2030.monitoring-plan.description':
    '将宣言的承诺转化为联盟的监测计划：指标、证据、由谁跟进什么，以及向区域审查提交哪些内容。',
  'roadmapData.imrf-2030.review-unece.title': '欧洲和北美（欧洲经委会）区域审查',
  'roadmapData.imrf-2030.review-unece.description': '推算为欧洲经委会在上一周期举行审查的月份。',
  'roadmapData.imrf-2030.review-arab.title': '阿拉伯国家区域审查',
  'roadmapData.imrf-2030.review-arab.description': '推算为西亚经社会在上一周期举行审查的月份。',
  'roadmapData.imrf-2030.review-africa.title': '非洲区域审查',
  'roadmapData.imrf-2030.review-africa.description': '推算为非洲经委会在上一周期举行审查的月份。',
  'roadmapData.imrf-2030.sg-report.title': '秘书长报告',
  'roadmapData.imrf-2030.sg-report.description':
    '关于落实情况的两年期报告；论坛前的报告须至少在论坛前 12 周发布。推算为上一份报告发布的月份。',
  'roadmapData.imrf-2030.review-asia-pacific.title': '亚洲及太平洋区域审查',
  'roadmapData.imrf-2030.review-asia-pacific.description': '推算为亚太经社会在上一周期举行审查的月份。',
  'roadmapData.imrf-2030.review-lac.title': '拉丁美洲和加勒比区域审查',
  'roadmapData.imrf-2030.review-lac.description': '推算为拉加经委会在上一周期举行审查的月份。',
  'roadmapData.imrf-2030.accreditation.title': '利益攸关方特别认证截止',
  'roadmapData.imrf-2030.accreditation.description': '请在截止前申请特别认证并登记参加听证会和论坛。',
  'roadmapData.imrf-2030.co-facilitators.title': '进展宣言共同协调人任命',
  'roadmapData.imrf-2030.co-facilitators.description': '至少在论坛前两个月。请在谈判开始前准备好您的关键信息。',
  'roadmapData.imrf-2030.consultations.title': '宣言草案非正式磋商',
  'roadmapData.imrf-2030.consultations.description': '会员国在纽约就文本进行谈判；各代表团和各国首都仍可采纳您的信息。',
  'roadmapData.imrf-2030.zero-draft.title': '进展宣言零草案',
  'roadmapData.imrf-2030.zero-draft.description': '共同协调人的第一稿：请与您的关键信息对照，并提出修正意见。',
  'roadmapData.imrf-2030.final-draft.title': '进展宣言最后草案',
  'roadmapData.imrf-2030.final-draft.description': '提交论坛通过的文本。',
  'roadmapData.imrf-2030.hearing.title': '多利益攸关方听证会',
  'roadmapData.imrf-2030.hearing.description': '论坛前一天，由大会主席召集。',
  'roadmapData.imrf-2030.forum.title': '2030 年国际移民审查论坛',
  'roadmapData.imrf-2030.forum.description': '第三届论坛，在第二届论坛四年之后举行（A/RES/73/195，第 49 段）。',
  'roadmapData.imrf-2030.round-tables.title': '四场圆桌会议',
  'roadmapData.imrf-2030.round-tables.description': '第一天和第二天上午（A/RES/73/326）。',
  'roadmapData.imrf-2030.policy-debate.title': '政策辩论',
  'roadmapData.imrf-2030.policy-debate.description': '第二天下午，以圆桌会议摘要开场（A/RES/73/326）。',
  'roadmapData.imrf-2030.plenary.title': '全体会议和一般性辩论',
  'roadmapData.imrf-2030.plenary.description': '第三天和第四天（A/RES/73/326）。',
  'roadmapData.imrf-2030.declaration.title': '进展宣言',
  'roadmapData.imrf-2030.declaration.description': '每届论坛都以政府间商定的进展宣言结束（A/RES/73/195，第 49 段）。',
  'roadmapData.imrf-2022.adoption.note':
    '决议文号（A/RES/76/266）未经证实：联合国关于该宣言的中文页面载有此文号，但未查阅到任何英文原始资料。',
  'roadmapData.imrf-2026.sg-report.note': '文件文号未经证实（二手资料称为 A/79/590）。',
  'roadmapData.imrf-2026.accreditation.note':
    '我们的资料来源中没有 2026 年的截止日期。该日期为暂定，与论坛的间隔与 2022 年相同；请替换为实际日期。',
  'roadmapData.imrf-2026.co-facilitators.note':
    '我们的资料来源中没有任命人选和任命时间；所示日期是“两个月”规则允许的最晚日期。',
  'roadmapData.imrf-2026.consultations.note': '我们的资料来源中没有 2026 年磋商的日期；该时间段为暂定，有待修改。',
  'roadmapData.imrf-2026.zero-draft.note': '我们的资料来源中没有 2026 年零草案的日期；该时间段为暂定，有待修改。',
  'roadmapData.imrf-2026.final-draft.note':
    '我们的资料来源中没有 2026 年最后草案的发布日期。该日期为暂定，与论坛的间隔与 2022 年相同；请替换为实际日期。',
  'roadmapData.imrf-2026.round-tables.note':
    '2026 年的目标分组和日期为推定，未经证实。依据 A/RES/73/326 号决议推定，该决议为每届论坛确定了这一形式（第一天和次日上午举行圆桌会议，当天下午举行政策辩论，最后两天举行全体会议）；我们的资料来源中没有 2026 年的议程本身。',
  'roadmapData.imrf-2026.policy-debate.note':
    '依据 A/RES/73/326 号决议推定，该决议为每届论坛确定了这一形式（第一天和次日上午举行圆桌会议，当天下午举行政策辩论，最后两天举行全体会议）；我们的资料来源中没有 2026 年的议程本身。',
  'roadmapData.imrf-2026.plenary.note':
    '依据 A/RES/73/326 号决议推定，该决议为每届论坛确定了这一形式（第一天和次日上午举行圆桌会议，当天下午举行政策辩论，最后两天举行全体会议）；我们的资料来源中没有 2026 年的议程本身。',
  'roadmapData.imrf-2026.declaration.note':
    '2026 年进展宣言是否通过以及何时通过未经证实；该日期为暂定（论坛最后一天）。',
  'roadmapData.imrf-2030.outcome-2026.note':
    '我们没有 2026 年成果的核实文本：宣言是否通过、何时通过及其内容，由联盟自行记录。',
  'roadmapData.imrf-2030.monitoring-plan.note': '这不是正式日期：而是由您的联盟设定的目标。',
  'roadmapData.imrf-2030.review-unece.note':
    '根据 A/RES/73/195 号决议（每四年举行一届论坛，两届论坛之间进行区域审查）和 A/RES/73/326 号决议（每届论坛的形式）推算；在公布前为暂定日期。',
  'roadmapData.imrf-2030.review-arab.note':
    '根据 A/RES/73/195 号决议（每四年举行一届论坛，两届论坛之间进行区域审查）和 A/RES/73/326 号决议（每届论坛的形式）推算；在公布前为暂定日期。',
  'roadmapData.imrf-2030.review-africa.note':
    '根据 A/RES/73/195 号决议（每四年举行一届论坛，两届论坛之间进行区域审查）和 A/RES/73/326 号决议（每届论坛的形式）推算；在公布前为暂定日期。',
  'roadmapData.imrf-2030.sg-report.note':
    '根据 A/RES/73/195 号决议（每四年举行一届论坛，两届论坛之间进行区域审查）和 A/RES/73/326 号决议（每届论坛的形式）推算；在公布前为暂定日期。',
  'roadmapData.imrf-2030.review-asia-pacific.note':
    '根据 A/RES/73/195 号决议（每四年举行一届论坛，两届论坛之间进行区域审查）和 A/RES/73/326 号决议（每届论坛的形式）推算；在公布前为暂定日期。',
  'roadmapData.imrf-2030.review-lac.note':
    '根据 A/RES/73/195 号决议（每四年举行一届论坛，两届论坛之间进行区域审查）和 A/RES/73/326 号决议（每届论坛的形式）推算；在公布前为暂定日期。',
  'roadmapData.imrf-2030.accreditation.note':
    '根据 A/RES/73/195 号决议（每四年举行一届论坛，两届论坛之间进行区域审查）和 A/RES/73/326 号决议（每届论坛的形式）推算；在公布前为暂定日期。',
  'roadmapData.imrf-2030.co-facilitators.note':
    '根据 A/RES/73/195 号决议（每四年举行一届论坛，两届论坛之间进行区域审查）和 A/RES/73/326 号决议（每届论坛的形式）推算；在公布前为暂定日期。',
  'roadmapData.imrf-2030.consultations.note':
    '根据 A/RES/73/195 号决议（每四年举行一届论坛，两届论坛之间进行区域审查）和 A/RES/73/326 号决议（每届论坛的形式）推算；在公布前为暂定日期。',
  'roadmapData.imrf-2030.zero-draft.note':
    '根据 A/RES/73/195 号决议（每四年举行一届论坛，两届论坛之间进行区域审查）和 A/RES/73/326 号决议（每届论坛的形式）推算；在公布前为暂定日期。',
  'roadmapData.imrf-2030.final-draft.note':
    '根据 A/RES/73/195 号决议（每四年举行一届论坛，两届论坛之间进行区域审查）和 A/RES/73/326 号决议（每届论坛的形式）推算；在公布前为暂定日期。',
  'roadmapData.imrf-2030.hearing.note':
    '根据 A/RES/73/195 号决议（每四年举行一届论坛，两届论坛之间进行区域审查）和 A/RES/73/326 号决议（每届论坛的形式）推算；在公布前为暂定日期。',
  'roadmapData.imrf-2030.forum.note':
    '根据 A/RES/73/195 号决议（每四年举行一届论坛，两届论坛之间进行区域审查）和 A/RES/73/326 号决议（每届论坛的形式）推算；在公布前为暂定日期。',
  'roadmapData.imrf-2030.round-tables.note':
    '根据 A/RES/73/195 号决议（每四年举行一届论坛，两届论坛之间进行区域审查）和 A/RES/73/326 号决议（每届论坛的形式）推算；在公布前为暂定日期。',
  'roadmapData.imrf-2030.policy-debate.note':
    '根据 A/RES/73/195 号决议（每四年举行一届论坛，两届论坛之间进行区域审查）和 A/RES/73/326 号决议（每届论坛的形式）推算；在公布前为暂定日期。',
  'roadmapData.imrf-2030.plenary.note':
    '根据 A/RES/73/195 号决议（每四年举行一届论坛，两届论坛之间进行区域审查）和 A/RES/73/326 号决议（每届论坛的形式）推算；在公布前为暂定日期。',
  'roadmapData.imrf-2030.declaration.note':
    '根据 A/RES/73/195 号决议（每四年举行一届论坛，两届论坛之间进行区域审查）和 A/RES/73/326 号决议（每届论坛的形式）推算；在公布前为暂定日期。',
};
