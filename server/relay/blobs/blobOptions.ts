import { numberOption } from '../optionSpec.ts';
import type { OptionSpec } from '../optionSpec.ts';

/** What the relay's image store accepts and holds (docs/relay.md, Images). */
export const BLOB_OPTIONS: readonly OptionSpec[] = [
  numberOption('maxBlobBytes', 'max-blob', '20MiB', 'largest image a member may upload (413)', 'bytes'),
  numberOption(
    'maxWorkspaceBlobBytes',
    'max-workspace-blobs',
    '1GiB',
    'bytes of images one workspace may store in all (507); each image is stored once, whatever uses it',
    'bytes',
  ),
  numberOption(
    'maxBlobTransferBytes',
    'max-blob-transfers',
    '128MiB',
    'image bytes being uploaded or served at once, all requests together; beyond, new ones get 503 and retry',
    'bytes',
  ),
  numberOption(
    'blobUploadTimeoutMs',
    'blob-upload-timeout-ms',
    '300000',
    'time an upload (the whole HTTP request) may take',
    'int',
  ),
];
