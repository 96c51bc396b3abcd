import type { SourceKind } from '@/lib/domain/statuses';

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = { article: 'Article', document: 'Document', page: 'Web page', dataset: 'Dataset' };
