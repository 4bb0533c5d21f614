import { afterEach, describe, expect, it } from 'vitest';
import type { Action } from '../../../shared/roles/actions.ts';
import type { DocumentStatus } from '../../../shared/model/documentMeta.ts';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import { mount, type Mounted } from '../testing/mount.tsx';
import { useGate, type Gate } from './useGate.ts';

let view: Mounted | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

/** What `useGate(role)` answers for `action` (on a document in `status`), as a control would read it. */
function gateOf(role: Role, action: Action, status?: DocumentStatus): Gate {
  let gate: Gate | null = null;
  function Probe() {
    gate = useGate(role)(action, status);
    return null;
  }
  view?.unmount();
  view = mount(<Probe />);
  return gate!;
}

describe('gating a control by role', () => {
  it('lets a commenter suggest and comment, but not edit the text, saying whom to ask', () => {
    expect(gateOf('commenter', 'suggest')).toEqual({ allowed: true, reason: undefined });
    expect(gateOf('commenter', 'comment').allowed).toBe(true);
    expect(gateOf('commenter', 'edit-text')).toEqual({
      allowed: false,
      reason: 'Commenters can suggest and comment; ask an editor to change the text directly.',
    });
    expect(gateOf('commenter', 'change-status').reason).toBe(
      'Commenters can suggest and comment; ask an editor to change the status.',
    );
  });

  it('lets a viewer do nothing that writes, and says so', () => {
    for (const action of ['edit-text', 'suggest', 'comment', 'edit-library'] as const)
      expect(gateOf('viewer', action)).toEqual({
        allowed: false,
        reason: 'Viewers can read and export; ask an editor to make changes.',
      });
  });

  it('keeps sharing for owners: an editor is told only owners invite people', () => {
    expect(gateOf('owner', 'share').allowed).toBe(true);
    expect(gateOf('editor', 'share').reason).toBe(
      'Only the workspace’s owners can invite people and change their roles.',
    );
  });

  it('locks the text of a final or submitted document even for its editors, but not its status', () => {
    expect(gateOf('editor', 'edit-text', 'draft').allowed).toBe(true);
    expect(gateOf('editor', 'edit-text', 'final').reason).toBe(
      'This document is final; an editor must reopen it before anything can change.',
    );
    expect(gateOf('owner', 'comment', 'submitted').reason).toBe(
      'This document has been submitted; an editor must reopen it before anything can change.',
    );
    expect(gateOf('editor', 'change-status', 'final').allowed).toBe(true);
  });
});
