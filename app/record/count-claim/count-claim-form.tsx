'use client';
// Recording a count claim. Its own module, so that the page ships this form's schema and no other.
import { formFor } from '@/components/form/editor-form';
import { countClaimSchema } from '@/lib/validation/count-claim';

export const CountClaimForm = formFor(countClaimSchema);
