import type { Catalogue } from '../messages.ts';

export const zh: Catalogue = {
  'app.openingLibrary': '正在打开您的文库…',
  'settings.language': '语言',
  'settings.languageHint': '菜单、按钮和消息所用的语言。每份文件保留其自身的语言。',
  'common.save': '保存',
  'common.cancel': '取消',

  // Images, captions and cross-references in the editor
  'image.insert': '插入图片',
  'image.fileLabel': '图片文件',
  'image.describeTitle': '描述图片',
  'image.altLabel': '替代文字：为看不到图片的读者说明图片内容',
  'image.altHint': '仅当图片纯属装饰时才留空：导出前的检查会列出缺少替代文字的图片。',
  'image.captionLabel': '图注（可选；按图编号）',
  'image.insertConfirm': '插入',
  'image.altTitle': '图片的替代文字',
  'image.altShort': '替代',
  'image.altEdit': '替代文字',
  'image.tools': '图片',
  'image.alignStart': '靠行首对齐',
  'image.alignCenter': '居中',
  'image.alignEnd': '靠行尾对齐',
  'image.smaller': '缩小（保持比例）',
  'image.larger': '放大（保持比例）',
  'image.resize': '拖动以调整大小（保持比例）',
  'image.onItsWay': '图片正在传送中…',
  'image.noAlt': '无替代文字',
  'image.described': '图片：{alt}',
  'image.refusedTooLarge': '{name} 太大（{size} MB；上限为 {max} MB）。未插入任何内容。',
  'image.refusedTooManyPixels':
    '{name} 过大，无法安全打开（{width} × {height} 像素；上限为 {max} 百万像素）。未插入任何内容。',
  'image.refusedUnsupported': '{name} 不是 Concord 可以保存的图片（PNG、JPEG、GIF、WebP 或 SVG）。未插入任何内容。',
  'image.refusedDamaged': '{name} 已损坏，无法读取。未插入任何内容。',
  'image.pastedName': '粘贴的图片',
  'image.remoteDropped':
    '{count, plural, other {有 # 张来自网络的图片未被粘贴}}：Concord 从不自行加载网址中的图片，因为隐藏的图片可能暴露是谁打开了文档。请先保存图片，再从文件插入。',
  'image.insertedWithoutAlt': '{count, plural, other {已插入 # 张图片}}。请逐一选中并点击“替代”加以描述。',
  'image.uploadRefused':
    '中继服务器拒绝了一张图片（{reason}）。图片仍保存在这台电脑上；在图片变小或工作区有空间之前，其他成员看不到它。',
  'caption.add': '添加题注',
  'caption.short': '题注',
  'caption.addTable': '添加表格题注',
  'crossRef.insert': '插入对图或表的交叉引用',
  'crossRef.short': '见…',
  'crossRef.title': '引用图或表',
  'crossRef.choose': '图或表',
  'crossRef.none': '本文档还没有带题注的图或表：请先为图片或表格添加题注。',
  'crossRef.option': '{label}：{text}',

  // Images in the export dialog
  'export.listOfFigures': '在目录之后列出图和表',
  'export.missingAlt':
    '{count, plural, other {有 # 张图片没有替代文字}}：使用读屏软件的读者将无法得知图片内容。请选中每张图片并点击“替代”加以描述，或仍然导出。',
  'export.missingImages': '{count, plural, other {有 # 张图片尚未传到这台电脑}}：导出文件中将在其位置显示一条说明。',

  // Member organisations' logos
  'members.chooseLogo': '标志…',
  'members.logoOf': '{name} 的标志',
  'members.logoFile': '{name} 的标志文件（显示在文档封面上）',
};
