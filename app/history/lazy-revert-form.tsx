'use client';
// The revert form loaded only where it is drawn: readers, who are shown no revert form, download
// none of its code (the form runtime and its schema); a statically imported client component would
// be in the page's scripts whether drawn or not.
import dynamic from 'next/dynamic';

export const LazyRevertForm = dynamic(() => import('./revert-form').then((m) => m.RevertForm));
