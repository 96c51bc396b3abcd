'use client';
// Signing out: the page's own memory of the viewer goes at once, before the server answers.
import { forgetViewer } from './viewer';

export function SignOutButton() {
  return <button type="submit" onClick={forgetViewer} className="text-slate-700 underline-offset-2 hover:underline">Sign out</button>;
}
