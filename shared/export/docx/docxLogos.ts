import { ImageRun, Paragraph, TextRun } from 'docx';
import type { ExportModel } from '../exportModel.ts';
import { readImageHeader } from '../../images/imageFormat.ts';

const RUN_TYPE = { png: 'png', jpeg: 'jpg', gif: 'gif' } as const;
/** Logos are 48 CSS pixels high (about 13 mm), at most 160 wide. */
const HEIGHT = 48;
const MAX_WIDTH = 160;

/** The member organisations' logos on the Word cover: one paragraph of pictures, each described by its organisation. */
export function logoParagraph(model: ExportModel): Paragraph | null {
  const runs = model.logos.flatMap(({ organisation, blob }, i) => {
    const image = model.images.get(blob);
    const header = image ? readImageHeader(image.bytes) : null;
    if (!image || !header?.ok) return [];
    const scale = Math.min(HEIGHT / header.header.height, MAX_WIDTH / header.header.width);
    const run = new ImageRun({
      type: RUN_TYPE[image.type],
      data: image.bytes,
      transformation: {
        width: Math.max(1, Math.round(header.header.width * scale)),
        height: Math.max(1, Math.round(header.header.height * scale)),
      },
      altText: { name: `Logo ${i + 1}`, description: organisation, title: organisation },
    });
    return i === 0 ? [run] : [new TextRun('    '), run];
  });
  return runs.length ? new Paragraph({ spacing: { after: 600 }, children: runs }) : null;
}
