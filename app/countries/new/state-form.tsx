'use client';
// Adding a state. Its own module, so that the page ships this form's schema and no other.
import { formFor } from '@/components/form/editor-form';
import { stateSchema } from '@/lib/validation/state';

export const StateForm = formFor(stateSchema);
