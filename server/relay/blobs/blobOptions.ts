import type { OptionSpec } from '../optionSpec.ts';

const option = (key: OptionSpec['key'], flag: string, def: string, help: string, kind: 'int' | 'bytes') => ({
  key,
  flag,
  env: `CONCORD_RELAY_${flag.toUpperCase().replace(/-/g, '_')}`,
  kind,
  default: def,
  help,
});

/** What the relay's image store accepts and holds (docs/relay.md, Images). */
export const BLOB_OPTIONS: readonly OptionSpec[] = [
  option('maxBlobBytes', 'max-blob', '20MiB', 'largest image a member may upload (413)', 'bytes'),
  option(
    'maxWorkspaceBlobBytes',
    'max-workspace-blobs',
    '1GiB',
    'bytes of images one workspace may store in all (507); each image is stored once, whatever uses it',
    'bytes',
  ),
  option(
    'maxBlobTransferBytes',
    'max-blob-transfers',
    '128MiB',
    'image bytes being uploaded or served at once, all requests together; beyond, new ones get 503 and retry',
    'bytes',
  ),
  option(
    'blobUploadTimeoutMs',
    'blob-upload-timeout-ms',
    '300000',
    'time an upload (the whole HTTP request) may take',
    'int',
  ),
];
