'use client';
// Recording a status change. Its own module, so that the page ships this form's schema and no other.
import { formFor } from '@/components/form/editor-form';
import { statusChangeSchema } from '@/lib/validation/status-change';

export const StatusChangeForm = formFor(statusChangeSchema);
