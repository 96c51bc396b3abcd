// Whether a stored session may still be used: the idle and absolute limits, and the account.
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './policy';

export type SessionTimes = { createdAt: Date; updatedAt: Date; expiresAt: Date };
export type SessionVerdict = 'valid' | 'idle' | 'expired' | 'disabled';

export function judgeSession(session: SessionTimes, account: { disabled: boolean } | undefined, now: number): SessionVerdict {
  if (!account || account.disabled) return 'disabled';
  if (now >= session.expiresAt.getTime() || now - session.createdAt.getTime() >= SESSION_ABSOLUTE_MS) return 'expired';
  if (now - session.updatedAt.getTime() >= SESSION_IDLE_MS) return 'idle';
  return 'valid';
}
