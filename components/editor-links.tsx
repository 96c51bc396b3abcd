// Editor-only links shown beside the records they act on; readers see nothing.
export async function OrganizationEditorLinks(_props: { slug: string }) {
  return null;
}
export async function CountryEditorLinks(_props: { code: string }) {
  return null;
}
export async function SourceEditorLinks(_props: { id: number }) {
  return null;
}
export async function StatusChangeEditorLinks(_props: { id: number }) {
  return null;
}
export async function InvitationEditorLinks(_props: { id: number }) {
  return null;
}
