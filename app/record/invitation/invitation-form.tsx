'use client';
// Recording an invitation. Its own module, so that the page ships this form's schema and no other.
import { formFor } from '@/components/form/editor-form';
import { invitationSchema } from '@/lib/validation/invitation';

export const InvitationForm = formFor(invitationSchema);
