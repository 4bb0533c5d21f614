import { SOURCES } from '../sources.ts';
import { official, ours } from './titleTypes.ts';
import type { TitleSet } from './titleTypes.ts';

/**
 * Chinese: no source giving the objective titles could be read, so they are our own translation, shown
 * as unofficial with the official English title beside them. The guiding principles are the official
 * wording of the Chinese Progress Declaration (A/RES/76/266, para 3), which lists them.
 */
export const TITLES_ZH: TitleSet = {
  objectives: [
    '收集和利用准确的分类数据，作为循证政策的基础',
    '尽量减少迫使人们离开原籍国的不利驱动因素和结构性因素',
    '在移民的所有阶段提供准确和及时的信息',
    '确保所有移民都有合法身份证明和适当证件',
    '提高正常移民途径的可得性和灵活性',
    '促进公平和合乎道德的招聘，保障确保体面工作的条件',
    '应对和减少移民过程中的脆弱性',
    '拯救生命，就失踪移民问题开展协调一致的国际努力',
    '加强跨国应对偷运移民的行动',
    '在国际移民背景下预防、打击和消除人口贩运',
    '以综合、安全和协调的方式管理边境',
    '加强移民程序的确定性和可预测性，以便进行适当的甄别、评估和转介',
    '仅将移民拘留作为最后手段，并努力寻求替代办法',
    '在整个移民周期加强领事保护、协助与合作',
    '为移民提供获得基本服务的机会',
    '增强移民和社会的权能，以实现充分融入和社会凝聚力',
    '消除一切形式的歧视，促进以证据为基础的公共话语，以塑造对移民的看法',
    '投资于技能发展，促进技能、资格和能力的相互承认',
    '创造条件，使移民和侨民能够为所有国家的可持续发展作出充分贡献',
    '促进更快、更安全和更廉价的侨汇转移，推动移民的金融包容',
    '合作促进安全和有尊严的返回和重新接纳以及可持续的重新融入',
    '建立社会保障权利和既得福利的可携带机制',
    '加强国际合作和全球伙伴关系，促进安全、有序和正常移民',
  ].map(ours),
  principles: [
    '以人为中心',
    '国际合作',
    '国家主权',
    '法治和正当程序',
    '可持续发展',
    '人权',
    '促进性别平等',
    '敏感认识到儿童问题',
    '全政府办法',
    '全社会办法',
  ].map((text) => official(text, 'official-UN', SOURCES.progressDeclarationZh)),
  roundTables: [
    '确保移民是自愿、有序和正常的',
    '通过基于权利的边境治理措施保护移民',
    '支持移民融入社会并为发展作出贡献',
    '加强循证决策、公共辩论与合作',
  ].map(ours),
};
