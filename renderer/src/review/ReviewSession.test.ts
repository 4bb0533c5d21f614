import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import { createDocumentDoc } from '../../../shared/model/documentMeta.ts';
import { permanentUserData } from '../../../shared/review/attribution.ts';
import { changeStatus } from '../../../shared/review/status.ts';
import { AMINA } from '../testing/editorFixture.ts';
import { ReviewSession } from './ReviewSession.ts';

const sessionAs = (role: Role) => {
  const doc = createDocumentDoc();
  return new ReviewSession(doc, AMINA, permanentUserData(doc), role);
};

describe('ReviewSession: what the member may do to the document as it is now', () => {
  it('lets an editor edit and comment in a draft, and nobody once it is final, until it is reopened', () => {
    const review = sessionAs('editor');
    expect([review.canEdit, review.canComment]).toEqual([true, true]);
    changeStatus(review.doc, 'final', AMINA);
    expect([review.canEdit, review.canComment]).toEqual([false, false]);
    expect(review.denial('comment')).toBe('role.locked.final');
    // Reopening, sign-on and versions stay with the editors: they are how a final text is handled.
    expect(review.denial('change-status')).toBeNull();
    expect(review.denial('record-sign-on')).toBeNull();
    expect(review.denial('save-version')).toBeNull();
    changeStatus(review.doc, 'in-review', AMINA, 'Co-facilitators reopened paragraph 2');
    expect([review.canEdit, review.canComment]).toEqual([true, true]);
  });

  it('says a submitted document is locked to commenters too, and a viewer only reads whatever the status', () => {
    const commenter = sessionAs('commenter');
    expect([commenter.canEdit, commenter.canComment]).toEqual([false, true]);
    changeStatus(commenter.doc, 'submitted', AMINA);
    expect(commenter.denial('suggest')).toBe('role.locked.submitted');
    expect(commenter.canComment).toBe(false);
    const viewer = sessionAs('viewer');
    expect([viewer.canEdit, viewer.canComment]).toEqual([false, false]);
    expect(viewer.denial('comment')).toBe('role.denied.viewer');
  });
});
