import type { Catalogue } from '../messages.ts';

export const zh: Catalogue = {
  'app.openingLibrary': '正在打开您的文库…',
  'settings.language': '语言',
  'settings.languageHint': '菜单、按钮和消息所用的语言。每份文件保留其自身的语言。',
  'role.owner': '所有者',
  'role.editor': '编辑者',
  'role.commenter': '评论者',
  'role.viewer': '查看者',
  'role.denied.viewer': '查看者可以阅读和导出；如需修改，请联系编辑者。',
  'role.denied.commenter.editText': '评论者可以提出修改建议和发表评论；如需直接修改文本，请联系编辑者。',
  'role.denied.commenter.editTitle': '评论者可以提出修改建议和发表评论；如需更改标题，请联系编辑者。',
  'role.denied.commenter.editSettings': '评论者可以提出修改建议和发表评论；如需更改文档设置，请联系编辑者。',
  'role.denied.commenter.changeStatus': '评论者可以提出修改建议和发表评论；如需更改状态，请联系编辑者。',
  'role.denied.commenter.saveVersion': '评论者可以提出修改建议和发表评论；如需保存或恢复版本，请联系编辑者。',
  'role.denied.commenter.recordSignOn': '评论者可以提出修改建议和发表评论；如需记录联署，请联系编辑者。',
  'role.denied.commenter.editLibrary': '评论者可以提出修改建议和发表评论；如需添加、重命名或删除文档，请联系编辑者。',
  'role.denied.share': '只有工作区的所有者可以邀请他人并更改其角色。',
  'role.locked.final': '此文档已定稿；必须由编辑者重新打开后才能修改。',
  'role.locked.submitted': '此文档已提交；必须由编辑者重新打开后才能修改。',
};
