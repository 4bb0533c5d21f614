import { describe, expect, it } from 'vitest';
import { parseSyncPath, roomName } from './rooms.ts';
import {
  describeClose,
  shouldRetry,
  CLOSE_UNAUTHORIZED,
  CLOSE_RATE_LIMITED,
  CLOSE_RESTARTING,
  CLOSE_TOO_SLOW,
} from './closeCodes.ts';

describe('room paths', () => {
  it('parses workspace and document rooms', () => {
    expect(parseSyncPath('/sync/ws-123')).toEqual({ workspaceId: 'ws-123', documentId: null, room: 'ws-123' });
    expect(parseSyncPath('/sync/ws-123/doc_456')).toEqual({
      workspaceId: 'ws-123',
      documentId: 'doc_456',
      room: 'ws-123/doc_456',
    });
    expect(roomName('ws-123', 'doc_456')).toBe('ws-123/doc_456');
  });
  it('refuses anything else', () => {
    for (const p of [
      '/sync',
      '/sync/',
      '/sync/abc',
      '/sync/ws-123/',
      '/sync/ws-123/doc_456/x',
      '/other/ws-123',
      '/sync/ws 123',
      '/sync/../etc12',
    ]) {
      expect(parseSyncPath(p), p).toBeNull();
    }
    expect(() => roomName('x')).toThrow();
  });
});

describe('close codes', () => {
  it('says whether to retry', () => {
    expect(shouldRetry(CLOSE_UNAUTHORIZED)).toBe(false);
    expect(shouldRetry(CLOSE_RATE_LIMITED)).toBe(true);
    expect(shouldRetry(CLOSE_TOO_SLOW)).toBe(true);
    expect(shouldRetry(CLOSE_RESTARTING)).toBe(true);
    expect(shouldRetry(1006)).toBe(true);
    expect(describeClose(4403).message).toMatch(/another workspace/);
  });
});
