import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCoverDefaults, rememberCoverDefaults } from './coverDefaults.ts';
import { readCover } from './documentCover.ts';
import { builtinTemplate } from '../templates/builtinTemplates.ts';
import { instantiateTemplate } from '../templates/instantiate.ts';

describe('cover defaults of a workspace', () => {
  it('remember the coalition’s name and contact, and an empty value does not erase them', () => {
    const workspace = new Y.Doc();
    expect(readCoverDefaults(workspace)).toEqual({ coalition: '', contact: '' });
    rememberCoverDefaults(workspace, { coalition: ' Ruritania Coalition ', contact: 'info@example.org' });
    rememberCoverDefaults(workspace, { coalition: '', contact: '  ' });
    expect(readCoverDefaults(workspace)).toEqual({ coalition: 'Ruritania Coalition', contact: 'info@example.org' });
  });

  it('fill the cover of a document made from a template', () => {
    const workspace = new Y.Doc();
    rememberCoverDefaults(workspace, { coalition: 'Ruritania Coalition', contact: 'info@example.org' });
    const doc = instantiateTemplate(builtinTemplate('shadow-report')!, { cover: readCoverDefaults(workspace) });
    expect(readCover(doc)).toEqual({
      coalition: 'Ruritania Coalition',
      contact: 'info@example.org',
      date: '',
      purpose: builtinTemplate('shadow-report')!.cover!.purpose,
    });
    expect(readCover(instantiateTemplate(builtinTemplate('shadow-report')!)).coalition).toBe('');
  });
});
