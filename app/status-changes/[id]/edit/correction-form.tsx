'use client';
// Correcting a status change. Its own module, so that the page ships this form's schema and no other.
import { formFor } from '@/components/form/editor-form';
import { statusChangeEditSchema } from '@/lib/validation/status-change-edit';

export const CorrectionForm = formFor(statusChangeEditSchema);
