import { describe, expect, it } from 'vitest';
import { errorText } from './errorText.ts';
import { createTranslator } from './translator.ts';
import { fr } from './catalogues/fr.ts';
import { decodeConcordFile } from '../file/concordFile.ts';

const french = createTranslator('fr', fr);

/** What decoding these bytes throws. */
function thrownBy(bytes: Uint8Array): unknown {
  try {
    decodeConcordFile(bytes);
  } catch (err) {
    return err;
  }
  throw new Error('expected the file to be refused');
}

describe('errorText', () => {
  it('shows an error worded for people in the interface language, while its message stays English', () => {
    const err = thrownBy(new TextEncoder().encode('not a concord file at all'));
    expect(errorText(french, err)).toBe(
      'Ce n’est pas un document Concord (.concord). Choisissez un fichier enregistré depuis Concord.',
    );
    expect((err as Error).message).toBe('This is not a Concord document (.concord). Choose a file saved from Concord.');
  });

  it('shows any other error by its message', () => {
    expect(errorText(french, new Error('quota exceeded'))).toBe('quota exceeded');
    expect(errorText(french, 'plain')).toBe('plain');
  });
});
