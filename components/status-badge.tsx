import { STATUS_LABELS, type Status } from '@/lib/domain/statuses';
import { STATUS_COLORS } from './status-style';

export function StatusBadge({ status, scheduled = false }: { status: Status; scheduled?: boolean }) {
  return (
    <span className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${STATUS_COLORS[status].badge}`}>
      {STATUS_LABELS[status]}
      {scheduled ? ' (scheduled)' : ''}
    </span>
  );
}
