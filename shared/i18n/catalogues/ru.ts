import type { Catalogue } from '../messages.ts';

/**
 * Глоссарий (официальные термины Договора; не перефразировать):
 * - Global Compact for Safe, Orderly and Regular Migration: Глобальный договор о безопасной, упорядоченной и легальной миграции (Договор)
 * - International Migration Review Forum: Международный форум по обзору миграции (Форум)
 * - Progress Declaration: Декларация о прогрессе
 * - round table: круглый стол
 * - multi-stakeholder hearing: слушания с участием многих заинтересованных сторон
 * Обращение на «вы» (в интерфейсе со строчной буквы, как принято в программах); кавычки «ёлочки».
 */
export const ru: Catalogue = {
  'app.openingLibrary': 'Открываем вашу библиотеку…',
  'app.anonymousMember': 'Анонимный участник',
  'app.couldNotOpenWorkspace': 'Не удалось открыть рабочее пространство: {reason}',
  'app.joinedRelay':
    'Вы подключились к ретранслятору {relay} с ролью «{role, select, editor {редактор} commenter {комментатор} viewer {читатель} other {{role}}}».',
  'settings.language': 'Язык',
  'settings.languageHint': 'Язык меню, кнопок и сообщений. У каждого документа остаётся свой язык.',

  'common.cancel': 'Отмена',
  'common.save': 'Сохранить',
  'common.close': 'Закрыть',
  'common.edit': 'Изменить',
  'common.delete': 'Удалить',
  'common.backToLibrary': 'Назад в библиотеку',
  'common.quoted': '«{text}»',

  'notice.label': 'Сообщение',
  'notice.dismiss': 'Закрыть сообщение',

  'confidence.badge':
    '{confidence, select, unconfirmed {не подтверждено} projected {предварительно} other {{confidence}}}',
  'confidence.why':
    '{confidence, select, projected {Предварительная дата: действует до официального объявления} other {Не подтверждено первоисточником}}',
  'confidence.described': '{label}: {explanation}',

  'file.concordFilter': 'Документ Concord',
  'file.importFilter': 'Word или Markdown',
  'file.saveCopyTitle': 'Сохранить копию в формате Concord',
  'file.openTitle': 'Открыть документ Concord',
  'file.importTitle': 'Импортировать файл Word или Markdown',
  'file.savedTo': 'Сохранено: {location}.',
  'file.couldNotSave': 'Не удалось сохранить файл: {reason}',
  'file.merged': 'Файл объединён с документом «{title}», который уже был в вашей библиотеке.',
  'file.opened': 'Открыт документ «{title}».',
  'file.couldNotOpen': 'Не удалось открыть файл: {reason}',
  'file.imported': 'Файл {name} импортирован. {report}',
  'file.couldNotImport': 'Не удалось импортировать файл: {reason}',
  'error.fileTooLarge': 'Файл {name} слишком велик, чтобы его открыть.',

  'import.nothingDropped': 'Ничего не пропущено.',
  'import.droppedReport': 'Пропущено: {items}.',
  'import.wrongType': 'Файл {name} не является ни файлом Word (.docx), ни файлом Markdown (.md).',
  'import.dropped.image':
    '{count, plural, one {# изображение} few {# изображения} many {# изображений} other {# изображения}}',
  'import.dropped.drawing': '{count, plural, one {# рисунок} few {# рисунка} many {# рисунков} other {# рисунка}}',
  'import.dropped.chart': '{count, plural, one {# диаграмма} few {# диаграммы} many {# диаграмм} other {# диаграммы}}',
  'import.dropped.equation': '{count, plural, one {# формула} few {# формулы} many {# формул} other {# формулы}}',
  'import.dropped.video': '{count, plural, one {# видео} few {# видео} many {# видео} other {# видео}}',
  'import.dropped.audio':
    '{count, plural, one {# аудиофрагмент} few {# аудиофрагмента} many {# аудиофрагментов} other {# аудиофрагмента}}',
  'import.dropped.embeddedFrame':
    '{count, plural, one {# встроенный фрейм} few {# встроенных фрейма} many {# встроенных фреймов} other {# встроенного фрейма}}',
  'import.dropped.embeddedObject':
    '{count, plural, one {# внедрённый объект} few {# внедрённых объекта} many {# внедрённых объектов} other {# внедрённого объекта}}',
  'import.dropped.textBox': '{count, plural, one {# надпись} few {# надписи} many {# надписей} other {# надписи}}',
  'import.dropped.script': '{count, plural, one {# скрипт} few {# скрипта} many {# скриптов} other {# скрипта}}',
  'import.dropped.styleSheet':
    '{count, plural, one {# таблица стилей} few {# таблицы стилей} many {# таблиц стилей} other {# таблицы стилей}}',
  'import.dropped.form': '{count, plural, one {# форма} few {# формы} many {# форм} other {# формы}}',
  'import.dropped.formField':
    '{count, plural, one {# поле формы} few {# поля формы} many {# полей формы} other {# поля формы}}',
  'import.dropped.template':
    '{count, plural, one {# HTML-шаблон} few {# HTML-шаблона} many {# HTML-шаблонов} other {# HTML-шаблона}}',
  'import.dropped.unsafeLink':
    '{count, plural, one {# небезопасная ссылка} few {# небезопасные ссылки} many {# небезопасных ссылок} other {# небезопасной ссылки}}',
  'import.dropped.nestedTable':
    '{count, plural, one {# вложенная таблица разметки} few {# вложенные таблицы разметки} many {# вложенных таблиц разметки} other {# вложенной таблицы разметки}}',
  'import.dropped.htmlBlock':
    '{count, plural, one {# HTML-блок} few {# HTML-блока} many {# HTML-блоков} other {# HTML-блока}}',
  'import.dropped.inlineHtml':
    '{count, plural, one {# встроенный HTML-тег} few {# встроенных HTML-тега} many {# встроенных HTML-тегов} other {# встроенного HTML-тега}}',
  'import.dropped.comment':
    '{count, plural, one {# комментарий} few {# комментария} many {# комментариев} other {# комментария}}',
  'import.dropped.trackedTableRow':
    '{count, plural, one {# исправление в строке таблицы} few {# исправления в строках таблиц} many {# исправлений в строках таблиц} other {# исправления в строках таблиц}}',
  'import.dropped.trackedTableCell':
    '{count, plural, one {# исправление в ячейке таблицы} few {# исправления в ячейках таблиц} many {# исправлений в ячейках таблиц} other {# исправления в ячейках таблиц}}',
  'import.dropped.trackedFormatting':
    '{count, plural, one {# исправление форматирования} few {# исправления форматирования} many {# исправлений форматирования} other {# исправления форматирования}}',
  'import.dropped.trackedParagraphBreak':
    '{count, plural, one {# исправление знака абзаца} few {# исправления знаков абзаца} many {# исправлений знаков абзаца} other {# исправления знаков абзаца}}',
  'import.dropped.trackedFootnoteEdit':
    '{count, plural, one {# исправление в сноске} few {# исправления в сносках} many {# исправлений в сносках} other {# исправления в сносках}}',

  'library.title': 'Библиотека',
  'library.newDocument': 'Новый документ',
  'library.newFromTemplate': 'Новый из шаблона…',
  'library.openFile': 'Открыть файл…',
  'library.import': 'Импорт из Word или Markdown…',
  'library.roadmap': 'Дорожная карта',
  'library.coverage': 'Охват',
  'library.trash': 'Корзина',
  'library.milestone': 'Этап',
  'library.allMilestones': 'Все',
  'library.sortBy': 'Сортировка',
  'library.lastEdited': 'Последнее изменение',
  'library.deadline': 'Срок',
  'library.empty': 'Документов пока нет. Создайте документ или откройте файл .concord.',
  'library.documents': 'Документы',
  'library.columnTitle': 'Название',
  'library.words': 'Слова',
  'library.actions': 'Действия',
  'library.deadlineWhen': '{date} ({relative})',
  'library.rename': 'Переименовать',
  'library.renameNamed': 'Переименовать {title}',
  'library.duplicate': 'Дублировать',
  'library.duplicateNamed': 'Дублировать {title}',
  'library.delete': 'Удалить',
  'library.trashNamed': 'Переместить {title} в корзину',
  'library.movedToTrash': 'Документ «{title}» перемещён в корзину. Его можно восстановить оттуда.',
  'library.renameTitle': 'Переименование документа',
  'library.documentTitle': 'Название документа',
  'library.titleEmpty': 'Название не может быть пустым.',
  'library.untitled': 'Документ без названия',
  'library.importedDocument': 'Импортированный документ',
  'library.copyOf': 'Копия: {title}',

  'trash.title': 'Корзина',
  'trash.empty': 'Очистить корзину',
  'trash.isEmpty': 'Корзина пуста.',
  'trash.documents': 'Документы в корзине',
  'trash.deletedOn': 'Удалён',
  'trash.restore': 'Восстановить',
  'trash.restoreNamed': 'Восстановить {title}',
  'trash.confirmTitle': 'Очистить корзину?',
  'trash.deleteForGood': 'Удалить навсегда',
  'trash.confirmText':
    '{count, plural, one {# документ будет удалён} few {# документа будут удалены} many {# документов будут удалены} other {# документа будут удалены}} с этого компьютера навсегда. Это действие нельзя отменить.',
  'trash.deleted':
    '{count, plural, =0 {Ни один документ не удалён.} one {# документ удалён навсегда.} few {# документа удалены навсегда.} many {# документов удалены навсегда.} other {# документа удалены навсегда.}}',
};
