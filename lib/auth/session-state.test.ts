import { describe, expect, it } from 'vitest';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './policy';
import { judgeSession } from './session-state';

const start = Date.parse('2026-03-01T09:00:00Z');
const session = (lastUsed = start) => ({ createdAt: new Date(start), updatedAt: new Date(lastUsed), expiresAt: new Date(start + SESSION_ABSOLUTE_MS) });
const active = { disabled: false };

describe('session limits', () => {
  it('keeps a session in use', () => {
    expect(judgeSession(session(), active, start + 60_000)).toBe('valid');
  });
  it('ends a session left unused for the idle limit', () => {
    expect(judgeSession(session(), active, start + SESSION_IDLE_MS - 1)).toBe('valid');
    expect(judgeSession(session(), active, start + SESSION_IDLE_MS)).toBe('idle');
  });
  it('ends a session at the absolute limit however often it is used', () => {
    const now = start + SESSION_ABSOLUTE_MS;
    expect(judgeSession(session(now - 1000), active, now)).toBe('expired');
  });
  it("ends a disabled or deleted account's session at once", () => {
    expect(judgeSession(session(), { disabled: true }, start + 1)).toBe('disabled');
    expect(judgeSession(session(), undefined, start + 1)).toBe('disabled');
  });
});
