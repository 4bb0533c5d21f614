import type {
  AppCommand,
  HostApi,
  OpenedFile,
  OpenFileRequest,
  SaveFileRequest,
  SettingKey,
  Settings,
} from '../../../shared/host/HostApi.ts';
import { SettingsSchema } from '../../../shared/host/HostApi.ts';
import { isAllowedLink } from '../../../shared/schema/linkPolicy.ts';
import { MAX_FILE_BYTES } from '../../../shared/file/concordFile.ts';
import { webShortcuts } from './webShortcuts.ts';
import { printInFrame } from './printFrame.ts';
import { downloadImage } from '../../../shared/images/downloadImage.ts';
import { LocalizedError } from '../../../shared/i18n/LocalizedError.ts';

const SETTINGS_PREFIX = 'concord.setting.';

/** HostApi for a plain browser: file pickers and downloads, localStorage settings, keyboard shortcuts for the commands a desktop menu would send. */
export function createWebHost(): HostApi {
  const fileListeners = new Set<(file: OpenedFile) => void>();
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file || !file.name.endsWith('.concord')) return;
    e.preventDefault();
    void readFile(file).then((opened) => fileListeners.forEach((cb) => cb(opened)));
  });

  return {
    kind: 'web',
    openFile: (request) => pickFile(request),
    async saveFile(request: SaveFileRequest) {
      const url = URL.createObjectURL(new Blob([request.data.slice()], { type: 'application/octet-stream' }));
      const a = Object.assign(document.createElement('a'), {
        href: url,
        download: request.suggestedName,
        rel: 'noopener',
      });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { location: request.suggestedName };
    },
    async getSetting<K extends SettingKey>(key: K) {
      const raw = localStorage.getItem(SETTINGS_PREFIX + key);
      if (raw === null) return undefined;
      try {
        const parsed = SettingsSchema.shape[key].safeParse(JSON.parse(raw));
        return parsed.success ? (parsed.data as Settings[K]) : undefined;
      } catch {
        return undefined;
      }
    },
    async setSetting<K extends SettingKey>(key: K, value: Settings[K]) {
      const parsed = SettingsSchema.shape[key].parse(value);
      localStorage.setItem(SETTINGS_PREFIX + key, JSON.stringify(parsed));
    },
    printToPdf: (request, onPages) => printInFrame(request.paged, request.title, onPages),
    downloadImage: (url, maxBytes) => downloadImage(url, maxBytes),
    // A browser gives the page a picked file without its folder (the member picks the folder instead).
    readImportSibling: async () => null,
    async revealFile() {
      // a browser saves to its downloads; there is no file manager to open
    },
    async openExternal(url: string) {
      if (!isAllowedLink(url)) throw new LocalizedError('error.linkRefused');
      window.open(url, '_blank', 'noopener,noreferrer');
    },
    async appInfo() {
      return {
        name: 'Concord',
        version: __APP_VERSION__,
        platform: `web (${navigator.platform || 'browser'})`,
        locales: [...navigator.languages],
      };
    },
    onOpenFileRequest(callback) {
      fileListeners.add(callback);
      return () => fileListeners.delete(callback);
    },
    onCommand: (callback: (command: AppCommand) => void) => webShortcuts(callback),
    // A browser receives invites as links to the relay's own page (`#join=`), read by the app at start.
    onInviteLink: () => () => undefined,
  };
}

async function readFile(file: File): Promise<OpenedFile> {
  if (file.size > MAX_FILE_BYTES) throw new LocalizedError('error.fileTooLarge', { name: file.name });
  return { name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
}

function pickFile(request: OpenFileRequest): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = Object.assign(document.createElement('input'), {
      type: 'file',
      accept: request.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(','),
    });
    input.style.display = 'none';
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      readFile(file).then(resolve, reject);
    });
    document.body.append(input);
    input.click();
  });
}
