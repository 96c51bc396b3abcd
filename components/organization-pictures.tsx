// The map and the member-count chart of an organization page.
export async function OrganizationPictures(_props: { organizationId: number; slug: string; day: string }) {
  return null;
}
