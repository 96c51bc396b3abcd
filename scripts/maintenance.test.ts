import { describe, expect, it } from 'vitest';
import { backupSettings } from './maintenance';

describe('backup schedule settings', () => {
  it('are off without BACKUP_DIR, default to hourly keeping 24, and ignore nonsense', () => {
    expect(backupSettings({})).toBeNull();
    expect(backupSettings({ BACKUP_DIR: '/backups' })).toEqual({ dir: '/backups', intervalMs: 3_600_000, keep: 24 });
    expect(backupSettings({ BACKUP_DIR: '/b', BACKUP_INTERVAL_MINUTES: '15', BACKUP_KEEP: '3' })).toEqual({ dir: '/b', intervalMs: 900_000, keep: 3 });
    expect(backupSettings({ BACKUP_DIR: '/b', BACKUP_INTERVAL_MINUTES: 'often', BACKUP_KEEP: '-2' })).toEqual({ dir: '/b', intervalMs: 3_600_000, keep: 24 });
    expect(backupSettings({ BACKUP_DIR: '/b', BACKUP_INTERVAL_MINUTES: '0' })?.intervalMs).toBe(60_000);
  });
});
