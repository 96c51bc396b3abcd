import type { Status } from '@/lib/domain/statuses';

/** One colour per status, used by badges, timelines, maps and charts (always with text beside it). */
export const STATUS_COLORS: Record<Status, { fill: string; badge: string }> = {
  member: { fill: '#1d4ed8', badge: 'bg-blue-100 text-blue-900 ring-blue-300' },
  suspended: { fill: '#b91c1c', badge: 'bg-red-100 text-red-900 ring-red-300' },
  associate: { fill: '#7c3aed', badge: 'bg-violet-100 text-violet-900 ring-violet-300' },
  observer: { fill: '#0f766e', badge: 'bg-teal-100 text-teal-900 ring-teal-300' },
  partner: { fill: '#b45309', badge: 'bg-amber-100 text-amber-900 ring-amber-300' },
  applicant: { fill: '#6b7280', badge: 'bg-gray-100 text-gray-900 ring-gray-300' },
  candidate: { fill: '#0369a1', badge: 'bg-sky-100 text-sky-900 ring-sky-300' },
  withdrawn: { fill: '#9ca3af', badge: 'bg-zinc-100 text-zinc-700 ring-zinc-300' },
};
