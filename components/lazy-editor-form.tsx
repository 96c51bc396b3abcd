'use client';
// The editor form (components/form) loaded only where it is drawn. A reader page that shows a form to
// signed-in editors alone, like the revert forms of /history, then sends readers none of its code:
// a statically imported client component is in the page's scripts whether it is drawn or not.
import dynamic from 'next/dynamic';

export const LazyEditorForm = dynamic(() => import('./form/editor-form').then((m) => m.EditorForm));
