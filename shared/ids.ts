import * as random from 'lib0/random';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A new random id (16 chars, ~82 bits): documents, workspaces, comments. Safe in URLs and file names. */
export function newId(): string {
  let id = '';
  for (let i = 0; i < 16; i++) id += ALPHABET[random.uint32() % ALPHABET.length];
  return id;
}

/** Ids we accept from outside (files, URLs, relay paths). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/;
