import * as Y from 'yjs';
import type { LocalWorkspace } from '../storage/localWorkspace.ts';
import type { DocumentRegistry } from '../storage/documentRegistry.ts';
import { newId } from '../../../shared/ids.ts';
import { createDocumentDoc, readMeta, writeMeta } from '../../../shared/model/documentMeta.ts';
import { duplicateDocument } from '../../../shared/model/duplicateDocument.ts';
import { emptyTrash, getEntry, restoreEntry, trashEntry } from '../../../shared/model/workspaceIndex.ts';
import { listDocument, type ListingChange } from '../../../shared/model/documentListing.ts';
import {
  applyFileState,
  checkFileState,
  encodeConcordFile,
  readConcordFile,
} from '../../../shared/file/concordFile.ts';
import { isSealedConcordFile, openSealedConcordFile, sealConcordFile } from '../../../shared/file/sealedConcordFile.ts';
import type { KeyRing } from '../../../shared/sealed/epochKeys.ts';
import type { FileBlob } from '../../../shared/file/fileBlobs.ts';
import { imageRefsInDoc } from '../../../shared/images/imageRefs.ts';
import { LocalBlobStore } from '../images/localBlobStore.ts';
import { fileNameFor } from '../../../shared/file/fileName.ts';
import { DEFAULT_LOCALE } from '../../../shared/i18n/locales.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import { LocalizedError } from '../../../shared/i18n/LocalizedError.ts';
import { writeCover } from '../../../shared/model/documentCover.ts';
import { readCoverDefaults } from '../../../shared/model/coverDefaults.ts';

const now = () => new Date().toISOString();

/** How long a document opened from a file stays open for the view that shows it next. */
const FILE_HANDOFF_MS = 2000;

/**
 * The library's operations. The workspace index entry of a document is only ever written by
 * `index()`, from the document itself (`shared/model/documentListing.ts`), so the two agree.
 */
export class Library {
  constructor(
    readonly workspace: LocalWorkspace,
    readonly registry: DocumentRegistry,
    readonly blobs: LocalBlobStore = new LocalBlobStore(workspace.id),
    /** The keys this computer holds for a private workspace (to open its encrypted files). */
    private readonly keysFor: (workspaceId: string) => Promise<KeyRing | null> = async () => null,
  ) {}

  /** Creates an empty document titled `title` in `language` (both the interface's, as a rule) and returns its id. */
  async create(title: string, language: Locale = DEFAULT_LOCALE): Promise<string> {
    const doc = createDocumentDoc();
    writeMeta(doc, { title, language, createdAt: now() });
    writeCover(doc, readCoverDefaults(this.workspace.doc));
    return this.adopt(doc);
  }

  /** Stores a document built elsewhere (a template, an import, a copy) under a new id and lists it. */
  async adopt(built: Y.Doc, id = newId()): Promise<string> {
    await this.registry.with(id, (doc) => {
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(built), 'adopt');
      this.index(id, doc, { edited: true, untrash: true });
    });
    return id;
  }

  /**
   * Brings a document's library entry in line with the document (title, status, deadline, word
   * count…); `edited` also stamps it as last edited now. `body` is the open editor's, when there is one.
   */
  index(id: string, doc: Y.Doc, change: Omit<ListingChange, 'now'> = {}): void {
    listDocument(this.workspace.doc, id, doc, { ...change, now: now() });
  }

  /** Renames a document everywhere it is shown; a blank title is refused. */
  async rename(id: string, title: string): Promise<void> {
    const clean = title.trim();
    if (!clean) throw new LocalizedError('library.titleEmpty');
    await this.registry.with(id, (doc) => {
      writeMeta(doc, { title: clean });
      this.index(id, doc, { edited: true });
    });
  }

  /** Copies a document's current text into a new document, titled by `copyTitle` ("Copy of …"). */
  async duplicate(id: string, copyTitle: (title: string) => string): Promise<string> {
    const copy = await this.registry.with(id, (doc) => duplicateDocument(doc, copyTitle(readMeta(doc).title), now()));
    return this.adopt(copy);
  }

  trash(id: string): void {
    trashEntry(this.workspace.doc, id, now());
  }

  restore(id: string): void {
    restoreEntry(this.workspace.doc, id);
  }

  /** Deletes every trashed document for good, content included. */
  async emptyTrash(): Promise<number> {
    const ids = emptyTrash(this.workspace.doc);
    await Promise.all(ids.map((id) => this.registry.erase(id)));
    return ids.length;
  }

  /**
   * The `.concord` bytes of a document and the file name to suggest. The file carries every image
   * the document has ever shown that is on this computer (its versions keep theirs). With `sealWith`
   * (a private workspace's keys) the file is encrypted: only its members can open it.
   */
  async toFile(id: string, sealWith: KeyRing | null = null): Promise<{ name: string; data: Uint8Array }> {
    return this.registry.with(id, async (doc) => {
      const title = readMeta(doc).title;
      const update = Y.encodeStateAsUpdate(doc);
      const blobs: FileBlob[] = [];
      for (const hash of imageRefsInDoc(doc)) {
        const blob = await this.blobs.get(hash);
        if (blob) blobs.push({ hash, type: blob.type, bytes: blob.bytes });
      }
      const data = encodeConcordFile(
        { docId: id, title, savedAt: now(), app: `Concord ${__APP_VERSION__}` },
        update,
        blobs,
      );
      return { name: fileNameFor(title, 'concord'), data: sealWith ? sealConcordFile(sealWith, id, data) : data };
    });
  }

  /**
   * Opens `.concord` bytes: a document already in the workspace is merged with the file (CRDT merge,
   * nothing overwritten or duplicated); a new one is added, and the images it carries join the
   * workspace's. Throws ConcordFileError, having changed nothing, when the file is not a valid
   * Concord document (an image that does not match its name included), or an encrypted one whose
   * workspace's key this computer does not hold (or that was altered).
   */
  async openFile(bytes: Uint8Array): Promise<{ id: string; title: string; merged: boolean }> {
    const clear = isSealedConcordFile(bytes) ? await openSealedConcordFile(bytes, this.keysFor) : bytes;
    // The state is checked where it is applied (applyFileState), not on a probe document first.
    const { header, update, blobs } = await readConcordFile(clear, { deferStateCheck: true });
    const id = header.docId;
    const merged = getEntry(this.workspace.doc, id) !== null;
    const created = !merged && this.registry.peek(id) === null;
    let doc: Y.Doc;
    if (created) {
      // A document new here: applied once, and its stored copy is the file's state as it is.
      doc = await this.registry.create(id, update, (copy) => {
        if (copy.store.clients.size > 0) checkFileState(update);
        applyFileState(copy, update);
      });
    } else {
      checkFileState(update);
      doc = await this.registry.acquire(id);
    }
    let title: string;
    let listed = false;
    try {
      if (!created) Y.applyUpdate(doc, update, 'file');
      for (const blob of blobs) await this.blobs.put(blob.hash, blob.type, blob.bytes);
      // Its words are counted by the view that shows it next, from the editor's nodes once they
      // are painted (useIndexSync): counting the Yjs text here took 15-40 ms of opening a 100-page
      // file, before the editor was even built.
      this.index(id, doc, { edited: true, untrash: true, uncounted: true });
      listed = true;
      title = readMeta(doc).title;
    } finally {
      // The document view opens it next: it is handed over loaded (a 100-page state applied again
      // and read back from IndexedDB would cost it 40-60 ms), and closed if nobody takes it, its
      // words counted then.
      this.registry.releaseLater(id, FILE_HANDOFF_MS, (unclaimed) => {
        if (listed) this.index(id, unclaimed);
      });
    }
    return { id, title, merged };
  }
}
