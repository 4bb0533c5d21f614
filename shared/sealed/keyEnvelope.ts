import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { randomBytes } from '@noble/ciphers/utils.js';
import { x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { KEY_BYTES } from './epochKeys.ts';
import type { EpochKey } from './epochKeys.ts';
import { OpenError } from './openError.ts';

const ENVELOPE_VERSION = 1;
const NONCE_BYTES = 24;
const INFO = new TextEncoder().encode('concord/envelope/v1');

/** A member device's X25519 key pair; the public half is what others wrap epoch keys for. */
export interface DeviceKeyPair {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

/** A fresh device key pair. */
export function newDeviceKeyPair(): DeviceKeyPair {
  return x25519.keygen();
}

/**
 * Wraps `epochKey` for the device whose public key is `recipient` (rotation: one envelope per
 * remaining member device): ephemeral X25519, HKDF-SHA-256, XChaCha20-Poly1305, with workspace,
 * epoch and recipient bound as associated data.
 */
export function wrapEpochKey(workspaceId: string, epochKey: EpochKey, recipient: Uint8Array): Uint8Array {
  const ephemeral = x25519.keygen();
  const key = envelopeKey(ephemeral.secretKey, recipient, ephemeral.publicKey, recipient);
  const nonce = randomBytes(NONCE_BYTES);
  const sealed = xchacha20poly1305(key, nonce, envelopeAd(workspaceId, epochKey.epoch, recipient)).encrypt(
    epochKey.key,
  );
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, ENVELOPE_VERSION);
  encoding.writeVarUint(encoder, epochKey.epoch);
  encoding.writeUint8Array(encoder, ephemeral.publicKey);
  encoding.writeUint8Array(encoder, nonce);
  encoding.writeUint8Array(encoder, sealed);
  return encoding.toUint8Array(encoder);
}

/** Opens an envelope made for `device`; an OpenError when it is malformed or not for this device. */
export function unwrapEpochKey(workspaceId: string, envelope: Uint8Array, device: DeviceKeyPair): EpochKey {
  let epoch: number;
  let ephemeral: Uint8Array;
  let nonce: Uint8Array;
  let sealed: Uint8Array;
  try {
    const decoder = decoding.createDecoder(envelope);
    const version = decoding.readUint8(decoder);
    if (version !== ENVELOPE_VERSION) throw new OpenError('unknown version', `key envelope version ${version}`);
    epoch = decoding.readVarUint(decoder);
    ephemeral = decoding.readUint8Array(decoder, 32);
    nonce = decoding.readUint8Array(decoder, NONCE_BYTES);
    sealed = decoding.readUint8Array(decoder, KEY_BYTES + 16);
    if (decoding.hasContent(decoder) || !Number.isSafeInteger(epoch)) throw new Error('trailing bytes');
  } catch (err) {
    if (err instanceof OpenError) throw err;
    throw new OpenError('malformed', 'truncated key envelope');
  }
  try {
    const key = envelopeKey(device.secretKey, ephemeral, ephemeral, device.publicKey);
    const aead = xchacha20poly1305(key, nonce, envelopeAd(workspaceId, epoch, device.publicKey));
    return { epoch, key: aead.decrypt(sealed) };
  } catch {
    throw new OpenError('not authentic', `the key envelope for epoch ${epoch} is not for this device`);
  }
}

function envelopeKey(secret: Uint8Array, peer: Uint8Array, ephemeral: Uint8Array, recipient: Uint8Array): Uint8Array {
  const shared = x25519.getSharedSecret(secret, peer);
  const salt = new Uint8Array(64);
  salt.set(ephemeral);
  salt.set(recipient, 32);
  return hkdf(sha256, shared, salt, INFO, KEY_BYTES);
}

function envelopeAd(workspaceId: string, epoch: number, recipient: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, `concord-envelope/v1:${workspaceId}`);
  encoding.writeVarUint(encoder, epoch);
  encoding.writeUint8Array(encoder, recipient);
  return encoding.toUint8Array(encoder);
}
