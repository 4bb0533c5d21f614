import type { Locale } from '../i18n/locales.ts';
import { FIGURE_WORDING } from './figureWording.ts';
import type { FigureWording } from './figureWording.ts';

/**
 * The words an export adds around the document's own text (cover, contents, page numbers, closing
 * sections, figures: `figureWording.ts`), in the document's language, not the interface's: an Arabic report prints its contents
 * as «المحتويات» whoever exports it. `{name}` marks where a value goes (see `fill`).
 */
const en = {
  contents: 'Contents',
  untitledSection: 'Untitled section',
  preparedFor: 'Prepared for: {milestone}',
  contact: 'Contact: {contact}',
  memberOrganisations: 'Member organisations',
  endorsedBy: 'Endorsed by',
  endorsedCount: '{count} organisations, listed in the annex',
  notes: 'Notes',
  comments: 'Comments',
  signatories: 'Signatories',
  endorsingOrganisations: 'Endorsing organisations',
  facts: 'About the facts in this document',
  factsIntro: 'Parts of this document rest on facts that no primary source has confirmed:',
  page: 'page {page} of {pages}',
  unknownAuthor: 'Unknown',
  commentOn: 'On “{quote}”',
  orphaned: '(text no longer in the document)',
  commentOnRemoved: 'On text no longer in the document: “{quote}”',
};
export type ExportWording = typeof en & FigureWording;

const WORDING: Record<Locale, typeof en> = {
  en,
  fr: {
    contents: 'Table des matières',
    untitledSection: 'Section sans titre',
    preparedFor: 'Préparé pour : {milestone}',
    contact: 'Contact : {contact}',
    memberOrganisations: 'Organisations membres',
    endorsedBy: 'Avec le soutien de',
    endorsedCount: '{count} organisations, dont la liste figure en annexe',
    notes: 'Notes',
    comments: 'Commentaires',
    signatories: 'Signataires',
    endorsingOrganisations: 'Organisations qui soutiennent ce document',
    facts: 'À propos des faits présentés dans ce document',
    factsIntro: 'Certaines parties de ce document reposent sur des faits qu’aucune source primaire n’a confirmés :',
    page: 'page {page} sur {pages}',
    unknownAuthor: 'Inconnu',
    commentOn: 'Sur « {quote} »',
    orphaned: '(texte qui ne figure plus dans le document)',
    commentOnRemoved: 'Sur un texte qui ne figure plus dans le document : « {quote} »',
  },
  es: {
    contents: 'Índice',
    untitledSection: 'Sección sin título',
    preparedFor: 'Preparado para: {milestone}',
    contact: 'Contacto: {contact}',
    memberOrganisations: 'Organizaciones miembros',
    endorsedBy: 'Con el respaldo de',
    endorsedCount: '{count} organizaciones, que figuran en el anexo',
    notes: 'Notas',
    comments: 'Comentarios',
    signatories: 'Firmantes',
    endorsingOrganisations: 'Organizaciones que respaldan el documento',
    facts: 'Sobre los datos de este documento',
    factsIntro: 'Algunas partes de este documento se basan en datos que ninguna fuente primaria ha confirmado:',
    page: 'página {page} de {pages}',
    unknownAuthor: 'Desconocido',
    commentOn: 'Sobre «{quote}»',
    orphaned: '(texto que ya no figura en el documento)',
    commentOnRemoved: 'Sobre un texto que ya no figura en el documento: «{quote}»',
  },
  ru: {
    contents: 'Содержание',
    untitledSection: 'Раздел без названия',
    preparedFor: 'Подготовлено для: {milestone}',
    contact: 'Контакты: {contact}',
    memberOrganisations: 'Организации-участники',
    endorsedBy: 'При поддержке',
    endorsedCount: 'Организаций: {count} (список в приложении)',
    notes: 'Примечания',
    comments: 'Комментарии',
    signatories: 'Подписавшие организации',
    endorsingOrganisations: 'Организации, поддержавшие документ',
    facts: 'О фактах, приведённых в документе',
    factsIntro: 'Некоторые части документа основаны на фактах, не подтверждённых первичными источниками:',
    page: 'стр. {page} из {pages}',
    unknownAuthor: 'Автор неизвестен',
    commentOn: 'К фрагменту «{quote}»',
    orphaned: '(этого текста в документе больше нет)',
    commentOnRemoved: 'К фрагменту, которого больше нет в документе: «{quote}»',
  },
  ar: {
    contents: 'المحتويات',
    untitledSection: 'قسم بلا عنوان',
    preparedFor: 'أُعدّ من أجل: {milestone}',
    contact: 'للتواصل: {contact}',
    memberOrganisations: 'المنظمات الأعضاء',
    endorsedBy: 'بتأييد من',
    endorsedCount: 'عدد المنظمات: {count}، وترد أسماؤها في المرفق',
    notes: 'الحواشي',
    comments: 'التعليقات',
    signatories: 'الجهات الموقِّعة',
    endorsingOrganisations: 'المنظمات المؤيِّدة',
    facts: 'بشأن الوقائع الواردة في هذه الوثيقة',
    factsIntro: 'تستند أجزاء من هذه الوثيقة إلى وقائع لم يؤكدها أي مصدر أولي:',
    page: 'الصفحة {page} من {pages}',
    unknownAuthor: 'مجهول',
    commentOn: 'على «{quote}»',
    orphaned: '(نص لم يعد موجودًا في الوثيقة)',
    commentOnRemoved: 'على نص لم يعد موجودًا في الوثيقة: «{quote}»',
  },
  zh: {
    contents: '目录',
    untitledSection: '未命名章节',
    preparedFor: '为{milestone}编写',
    contact: '联系方式：{contact}',
    memberOrganisations: '成员组织',
    endorsedBy: '联署组织',
    endorsedCount: '共 {count} 个组织，名单见附件',
    notes: '注释',
    comments: '批注',
    signatories: '签署方',
    endorsingOrganisations: '联署组织名单',
    facts: '关于本文件所依据的事实',
    factsIntro: '本文件部分内容所依据的事实尚未得到任何原始来源的证实：',
    page: '第 {page} 页，共 {pages} 页',
    unknownAuthor: '未知',
    commentOn: '针对“{quote}”',
    orphaned: '（该文字已不在文件中）',
    commentOnRemoved: '针对已不在文件中的文字：“{quote}”',
  },
};

/** The export's own words in a document's language. */
export function exportWording(language: Locale): ExportWording {
  return { ...WORDING[language], ...FIGURE_WORDING[language] };
}

/** Puts values into a wording's `{name}` places. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * A wording cut at its `{name}` places, in order, for writers that put live values there (CSS
 * counters, Word fields): "page {page} of {pages}" gives text "page ", value "page", text " of "...
 */
export function wordingParts(template: string): ({ text: string } | { value: string })[] {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((part) => (/^\{\w+\}$/.test(part) ? { value: part.slice(1, -1) } : { text: part }));
}
