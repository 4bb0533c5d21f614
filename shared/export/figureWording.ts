import type { Locale } from '../i18n/locales.ts';

/**
 * The export's words for figures, in the document's language (part of `exportWording`): caption
 * labels ("Figure 3", "Tableau 2"), the list of figures, and the notes written in place of what is
 * missing. `{name}` marks where a value goes.
 */
const en = {
  listOfFigures: 'List of figures and tables',
  figure: 'Figure',
  table: 'Table',
  missingReference: '(missing reference)',
  image: 'image',
  imageMissing: '[{alt}: not available on this computer when exported]',
};
export type FigureWording = typeof en;

/** The figure words of each language. */
export const FIGURE_WORDING: Record<Locale, FigureWording> = {
  en,
  fr: {
    listOfFigures: 'Liste des figures et des tableaux',
    figure: 'Figure',
    table: 'Tableau',
    missingReference: '(renvoi introuvable)',
    image: 'image',
    imageMissing: '[{alt} : non disponible sur cet ordinateur au moment de l’export]',
  },
  es: {
    listOfFigures: 'Índice de figuras y tablas',
    figure: 'Figura',
    table: 'Tabla',
    missingReference: '(referencia no encontrada)',
    image: 'imagen',
    imageMissing: '[{alt}: no disponible en este ordenador al exportar]',
  },
  ru: {
    listOfFigures: 'Список рисунков и таблиц',
    figure: 'Рисунок',
    table: 'Таблица',
    missingReference: '(ссылка не найдена)',
    image: 'изображение',
    imageMissing: '[{alt}: при экспорте отсутствовало на этом компьютере]',
  },
  ar: {
    listOfFigures: 'قائمة الأشكال والجداول',
    figure: 'الشكل',
    table: 'الجدول',
    missingReference: '(مرجع مفقود)',
    image: 'صورة',
    imageMissing: '[{alt}: لم تكن متاحة على هذا الحاسوب عند التصدير]',
  },
  zh: {
    listOfFigures: '图表目录',
    figure: '图',
    table: '表',
    missingReference: '（引用的对象已不存在）',
    image: '图片',
    imageMissing: '[{alt}：导出时此计算机上没有该图片]',
  },
};
