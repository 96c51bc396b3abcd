// A form described as data, so a server page can hand it to the one client form renderer.
/** `keywords`: other names the option is found by (former names, acronyms, codes). */
export type Option = { value: string; label: string; keywords?: string[] };

type Base = { name: string; label: string; hint?: string; required?: boolean; defaultValue?: string };

export type FieldSpec =
  | (Base & { kind: 'text' | 'url' | 'date' | 'number'; maxLength?: number })
  | (Base & { kind: 'textarea'; maxLength?: number; rows?: number })
  | (Base & { kind: 'select'; options: Option[]; placeholder?: string; searchable?: boolean })
  | (Base & { kind: 'radio'; options: Option[] })
  | (Base & { kind: 'checkbox' })
  | { kind: 'hidden'; name: string; value: string }
  | { kind: 'group'; name: 'citations' | 'formerNames'; legend: string; addLabel: string; fields: FieldSpec[]; rows?: number; defaults?: Record<string, string>[] }
  | { kind: 'fieldset'; legend: string; fields: FieldSpec[] };

export type FormSpec = { submitLabel: string; fields: FieldSpec[] };

/** Which shared schema validates a form as the editor types. */
export type SchemaName =
  | 'statusChange' | 'statusChangeEdit' | 'addCitation' | 'delete' | 'invitation' | 'invitationEdit' | 'invitationResolve'
  | 'countClaim' | 'countClaimEdit' | 'organization' | 'organizationEdit' | 'state' | 'stateEdit' | 'source' | 'sourceEdit' | 'revert';
