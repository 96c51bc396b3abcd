'use client';
// Recording how an invitation ended. Its own module, so that the page ships this form's schema and no other.
import { formFor } from '@/components/form/editor-form';
import { invitationResolveSchema } from '@/lib/validation/invitation-resolve';

export const ResolveForm = formFor(invitationResolveSchema);
