import { z } from 'zod';
import {
  OpenFileRequestSchema,
  PrintRequestSchema,
  SaveFileRequestSchema,
  SettingsSchema,
} from '../../shared/host/HostApi.ts';
import { MAX_FILE_BYTES } from '../../shared/file/concordFile.ts';
import { isAllowedLink } from '../../shared/schema/linkPolicy.ts';
import { isWebImage } from '../../shared/images/downloadImage.ts';
import { MAX_SIBLING_PATH } from '../../shared/import/siblingPath.ts';

/** The most bytes the page may ask one image download to read (the `imageMaxMegabytes` setting's ceiling). */
const MAX_IMAGE_DOWNLOAD_BYTES = 100 * 1024 * 1024;
import type { InvokeMethod } from './ipcChannels.ts';
import { QUEUED_EVENTS } from './ipcChannels.ts';

/** A setting's name, as the renderer may send it. */
const SettingKeySchema = SettingsSchema.keyof();

/** Saving refuses more bytes than a .concord file may hold, before any dialog opens. */
const SaveFileArgsSchema = SaveFileRequestSchema.refine((request) => request.data.byteLength <= MAX_FILE_BYTES, {
  message: `files are limited to ${MAX_FILE_BYTES} bytes`,
  path: ['data'],
}).refine((request) => !/^\.+$/.test(request.suggestedName.trim()), {
  message: 'not a file name',
  path: ['suggestedName'],
});

/** [key, value], the value checked against that key's own schema. */
const SetSettingArgsSchema = z.tuple([SettingKeySchema, z.unknown()]).superRefine(([key, value], ctx) => {
  const result = SettingsSchema.shape[key].safeParse(value);
  if (!result.success) ctx.addIssue({ code: 'custom', message: `invalid value for setting ${key}`, path: [1] });
});

/**
 * The arguments each invoke channel accepts, as a tuple: extra, missing or mistyped arguments fail.
 * Main parses every message with these before any handler runs.
 */
export const IPC_ARG_SCHEMAS = {
  openFile: z.tuple([OpenFileRequestSchema]),
  saveFile: z.tuple([SaveFileArgsSchema]),
  getSetting: z.tuple([SettingKeySchema]),
  setSetting: SetSettingArgsSchema,
  openExternal: z.tuple([
    z.string().refine((url) => isAllowedLink(url), 'only http, https and mailto links open externally'),
  ]),
  appInfo: z.tuple([]),
  printToPdf: z.tuple([PrintRequestSchema]),
  revealFile: z.tuple([z.string().min(1).max(4096)]),
  downloadImage: z.tuple([
    z.string().max(4096).refine(isWebImage, 'only http and https images are downloaded'),
    z.number().int().min(1).max(MAX_IMAGE_DOWNLOAD_BYTES),
  ]),
  readImportSibling: z.tuple([z.string().min(1).max(MAX_SIBLING_PATH)]),
  listen: z.tuple([z.enum(QUEUED_EVENTS)]),
} as const satisfies Record<InvokeMethod, z.ZodType<unknown[]>>;

/** The validated arguments of one method. */
export type IpcArgs<M extends InvokeMethod> = z.output<(typeof IPC_ARG_SCHEMAS)[M]>;
