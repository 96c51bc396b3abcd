'use client';
// Editing a state. Its own module, so that the page ships this form's schema and no other.
import { formFor } from '@/components/form/editor-form';
import { stateEditSchema } from '@/lib/validation/state-edit';

export const StateEditForm = formFor(stateEditSchema);
