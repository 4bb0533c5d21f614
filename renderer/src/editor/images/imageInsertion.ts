import type { Editor } from '@tiptap/core';
import type { LocalBlobStore } from '../../images/localBlobStore.ts';
import { acceptImage, refusalText, type Acceptance } from '../../images/acceptImage.ts';
import { embedPastedImages } from '../../images/pastedImages.ts';
import type { ImageLimits } from '../../../../shared/images/imageLimits.ts';
import type { DownloadResult } from '../../../../shared/images/downloadImage.ts';
import type { Translate } from '../../i18n/useT.ts';
import type { Notice } from '../../app/Notices.tsx';
import { imageContent, insertImages, type ImageRef } from './imageCommands.ts';

/** What insertion needs from the open document. */
export interface InsertionContext {
  blobs: LocalBlobStore;
  limits(): Promise<ImageLimits>;
  t: Translate;
  notify(notice: Notice): void;
  /** Asks for the alt text (and a caption) of one image, then inserts it at `pos`. */
  describe(image: ImageRef, pos: number | null): void;
  /** Downloads a web image the member chose to embed (the host's: a page's fetch, or the desktop's main process). */
  download(url: string, maxBytes: number): Promise<DownloadResult>;
}

/**
 * Brings images into the open document from a file picker, a paste or a drop. Each is checked and
 * stored first; a refused one is reported and nothing of it is inserted. One image opens the dialog
 * asking for its alt text; several are inserted at once and the member is told to describe them.
 */
export class ImageInsertion {
  private editor: Editor | null = null;

  constructor(private readonly ctx: InsertionContext) {}

  attach(editor: Editor | null): void {
    this.editor = editor;
  }

  /** Files chosen, pasted or dropped, inserted at `pos` (the selection when null). */
  async insertFiles(files: File[], pos: number | null): Promise<void> {
    const limits = await this.ctx.limits();
    const results: Acceptance[] = [];
    for (const file of files) results.push(await acceptImage(file, file.name, this.ctx.blobs, limits));
    const accepted = results.flatMap((r) => (r.ok ? [r.image] : []));
    this.report(results.flatMap((r) => (r.ok ? [] : [refusalText(this.ctx.t, r.name, r.refusal)])));
    if (accepted.length === 1) return this.ctx.describe(accepted[0]!, pos);
    if (accepted.length === 0 || !this.editor) return;
    insertImages(
      this.editor,
      pos,
      accepted.flatMap((image) => imageContent(image, '')),
    );
    if (results.length === accepted.length)
      this.ctx.notify({ kind: 'info', text: this.ctx.t('image.insertedWithoutAlt', { count: accepted.length }) });
  }

  /**
   * Pasted HTML with images: embedded ones are kept, and desktop Word's (at temporary files) when the
   * clipboard's files or RTF hold their bytes; ones at an address are left out with a notice, which
   * offers to download the web ones (only if the member chooses: `downloadWebImages`).
   */
  async pasteHtml(
    html: string,
    clipboard: { files: readonly Blob[]; rtf: string } = { files: [], rtf: '' },
  ): Promise<void> {
    const limits = await this.ctx.limits();
    const name = this.ctx.t('image.pastedName');
    const pasted = await embedPastedImages(html, {
      accept: (source) => acceptImage(source, name, this.ctx.blobs, limits),
      name,
      maxBytes: limits.maxBytes,
      ...clipboard,
    });
    const problems = pasted.refused.map((r) => refusalText(this.ctx.t, r.name, r.refusal));
    if (pasted.localLeftOut > 0) problems.push(this.ctx.t('image.localLeftOut', { count: pasted.localLeftOut }));
    if (pasted.leftOut > 0) problems.push(this.ctx.t('image.remoteDropped', { count: pasted.leftOut }));
    this.editor?.view.pasteHTML(pasted.html);
    const action = pasted.web.length
      ? { label: this.ctx.t('image.downloadEmbed'), run: () => void this.downloadWebImages(pasted.web) }
      : undefined;
    this.report(problems, action);
  }

  /**
   * Downloads web images the member chose to embed, checks each as any image, and inserts those
   * that pass at the cursor; the notice says which could not be downloaded or were refused.
   */
  async downloadWebImages(images: readonly { src: string; alt: string }[]): Promise<void> {
    const limits = await this.ctx.limits();
    const accepted: { image: ImageRef; alt: string }[] = [];
    const problems: string[] = [];
    for (const { src, alt } of images) {
      const host = new URL(src).host;
      const downloaded = await this.ctx.download(src, limits.maxBytes);
      if (!downloaded.ok) {
        const refusal = { kind: 'too-large' as const, bytes: downloaded.tooLarge ?? 0, maxBytes: limits.maxBytes };
        problems.push(
          downloaded.tooLarge ? refusalText(this.ctx.t, host, refusal) : this.ctx.t('image.downloadFailed', { host }),
        );
        continue;
      }
      const result = await acceptImage(downloaded.bytes, host, this.ctx.blobs, limits);
      if (result.ok) accepted.push({ image: result.image, alt });
      else problems.push(refusalText(this.ctx.t, result.name, result.refusal));
    }
    if (accepted.length && this.editor)
      insertImages(
        this.editor,
        null,
        accepted.flatMap(({ image, alt }) => imageContent(image, alt)),
      );
    if (problems.length) this.report(problems);
    else this.ctx.notify({ kind: 'info', text: this.ctx.t('image.downloaded', { count: accepted.length }) });
  }

  private report(problems: string[], action?: Notice['action']): void {
    if (problems.length > 0) this.ctx.notify({ kind: 'error', text: problems.join(' '), action });
  }
}
