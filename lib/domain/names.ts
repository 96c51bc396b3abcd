// How an organization is named where a reader may not know its acronym.

/** "North Atlantic Treaty Organization (NATO)"; a name that already carries its acronym is left as it is. */
export function fullNameWithAcronym(name: string, acronym: string): string {
  if (!acronym || name === acronym || name.includes(`(${acronym})`)) return name;
  return `${name} (${acronym})`;
}
