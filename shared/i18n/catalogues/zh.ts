import type { Catalogue } from '../messages.ts';

export const zh: Catalogue = {
  'app.openingLibrary': '正在打开您的文库…',
  'settings.language': '语言',
  'settings.languageHint': '菜单、按钮和消息所用的语言。每份文件保留其自身的语言。',
};
