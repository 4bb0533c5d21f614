import type { Catalogue } from '../messages.ts';

export const zh: Catalogue = {
  'app.openingLibrary': '正在打开您的文库…',
  'settings.language': '语言',
  'settings.languageHint': '菜单、按钮和消息所用的语言。每份文件保留其自身的语言。',
  // The document's own language (issue 14: document language, templates in six languages).
  'document.language': '文件语言',
  'document.languageHint':
    '本文件的撰写语言。拼写检查、空段落的书写方向、PDF 所用字体以及 Word 文件的语言标记均以此为准；每个段落仍按其自身文字确定书写方向。',
  'templates.language': '文件语言',
  'templates.unofficialTitles':
    '在此语言中，部分目标或指导原则的标题并非《契约》的正式措辞（为我们的译文或引自二手来源）。文件中每个此类标题均附有脚注，注明正式的英文标题。',
  'tags.unofficialTitle': '（非正式措辞）',
};
