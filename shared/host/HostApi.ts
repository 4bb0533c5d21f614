import { z } from 'zod';
import { LOCALES } from '../i18n/locales.ts';
import { ROLES } from '../protocol/tokenPayload.ts';
import type { DownloadResult } from '../images/downloadImage.ts';

/**
 * Everything the renderer needs from the program hosting it. The Electron preload implements it over
 * IPC, the web adapter in a plain browser; nothing else in the renderer knows which host it runs in.
 */
export interface HostApi {
  /** Which host this is, for wording only ("Save to disk" vs "Download"), never for branching on features. */
  readonly kind: 'desktop' | 'web';
  /** Asks the user for a file to open. Null when they cancel. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /** Saves bytes where the user chooses (desktop: a save dialog; web: a download). Null when cancelled. */
  saveFile(request: SaveFileRequest): Promise<SavedFile | null>;
  /** Reads one setting; undefined when never set. */
  getSetting<K extends SettingKey>(key: K): Promise<Settings[K] | undefined>;
  /** Writes one setting (validated by the host). */
  setSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void>;
  /** Opens an http, https or mailto link in the user's browser or mail program; other schemes are refused. */
  openExternal(url: string): Promise<void>;
  /** Name, version and platform of the running app. */
  appInfo(): Promise<AppInfo>;
  /** Files the operating system asked us to open (double-click, command line); the callback gets each. */
  onOpenFileRequest(callback: (file: OpenedFile) => void): () => void;
  /**
   * Prints a document to PDF. `paged` is the full print page: its Paged.js runtime lays out pages,
   * contents page numbers, running headers and footnotes. The desktop lays it out offline (runtime
   * inlined) and returns the PDF's bytes; a browser lays it out in a frame (runtime loaded from the
   * app's origin, as its page policy requires), opens its print dialog ("Save as PDF") once layout is
   * done and returns null. `onPages` hears the number of pages laid out so far, where the host can tell.
   */
  printToPdf(request: PrintRequest, onPages?: (pages: number) => void): Promise<Uint8Array | null>;
  /**
   * Downloads a web image the member chose to embed (`shared/images/downloadImage.ts`): the page's
   * own fetch in a browser (CORS applies), the main process on the desktop (whose page may not reach
   * the web), which refuses addresses on this computer or its network.
   */
  downloadImage(url: string, maxBytes: number): Promise<DownloadResult>;
  /**
   * Reads a file beside the Markdown file the user last picked with `openFile` (`siblingsReadable`), by
   * its path relative to that file, for the file's images: only in its folder and subfolders, regular
   * files of at most 20 MB, at most 1,000 files (`shared/import/siblingPath.ts`). Null when it cannot;
   * always null in a browser, which gives a page no file's folder.
   */
  readImportSibling(relativePath: string): Promise<Uint8Array | null>;
  /** Shows a file the app just saved in the system's file manager (a no-op where there is none). */
  revealFile(location: string): Promise<void>;
  /** Commands chosen in the host's native menus; the web host has none. Returns an unsubscribe function. */
  onCommand(callback: (command: AppCommand) => void): () => void;
  /**
   * Invite links (`concord://join?...`) the operating system handed to the app; the callback gets each
   * URL as received (checked to be a concord://join link, not yet parsed). The web host has none.
   */
  onInviteLink(callback: (url: string) => void): () => void;
}

/** Commands a native menu can send to the renderer. */
export type AppCommand =
  'new-document' | 'open-file' | 'save-file' | 'export' | 'show-library' | 'join-relay' | 'find' | 'keyboard-shortcuts';

const FileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(10),
});
export const OpenFileRequestSchema = z.object({
  title: z.string().max(200).optional(),
  filters: z.array(FileFilterSchema).max(10),
});
export type OpenFileRequest = z.infer<typeof OpenFileRequestSchema>;

export const SaveFileRequestSchema = z.object({
  title: z.string().max(200).optional(),
  suggestedName: z
    .string()
    .min(1)
    .max(255)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
    .regex(/^[^/\\:*?"<>|\x00-\x1f]+$/, 'file names cannot hold path separators or control characters'),
  filters: z.array(FileFilterSchema).max(10),
  data: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected the file contents as bytes'),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;

export interface OpenedFile {
  name: string;
  data: Uint8Array;
  /** The host can read the files beside it (`readImportSibling`): a Markdown file picked on the desktop. */
  siblingsReadable?: boolean;
}
export interface SavedFile {
  /** A full path on the desktop, the file name in a browser. */
  location: string;
}

export const SettingsSchema = z.object({
  /** A random id for this person on this install: authorship of comments, suggestions, versions. */
  userId: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/),
  displayName: z.string().max(80),
  /** The person's organisation, shown with their name to collaborators. */
  organisation: z.string().max(80),
  colour: z.string().regex(/^#[0-9a-f]{6}$/i),
  /** The person said "not now" when first asked for their name. */
  namePromptDismissed: z.boolean(),
  recentFiles: z.array(z.string().max(4096)).max(20),
  windowBounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().min(200),
    height: z.number().int().min(200),
  }),
  /** Relay connections the user joined, keyed by workspace id. */
  relays: z.record(
    z.string().max(64),
    z.object({
      url: z.string().max(2048),
      token: z.string().max(4096),
      /** The member's role as the relay last announced it (it may differ from the token's). */
      role: z.enum(ROLES).optional(),
      /** A private workspace: its rooms are sealed, its keys are in this computer's key store, never here. */
      private: z.boolean().optional(),
    }),
  ),
  speakingPaceWpm: z.number().int().min(60).max(250),
  /** The interface language the person chose; unset, it follows the system (desktop) or browser (web). */
  language: z.enum(LOCALES),
  /** The largest image file that may be inserted, in megabytes (20 unless set; 1 to 100). */
  imageMaxMegabytes: z.number().int().min(1).max(100),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** The system's (desktop) or browser's (web) preferred languages, BCP 47 tags, most preferred first. */
  locales: string[];
}

/** Largest print page accepted (a 400-page report with its layout script is about 8 MB). */
const MAX_PRINT_HTML_CHARS = 64 * 1024 * 1024;
export const PrintRequestSchema = z.object({
  paged: z.string().max(MAX_PRINT_HTML_CHARS),
  paper: z.enum(['a4', 'letter']),
  title: z.string().max(500),
});
export type PrintRequest = z.infer<typeof PrintRequestSchema>;

/** The file type filter for Concord documents. */
export const CONCORD_FILTER = { name: 'Concord document', extensions: ['concord'] };
