// One error shape for every write: field messages the form shows beside each field.
export type FieldErrors = Record<string, string[]>;

export class MutationError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
    readonly kind: 'invalid' | 'duplicate' | 'conflict' | 'not-found' | 'forbidden' = 'invalid',
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'MutationError';
  }
}

export function fieldError(field: string, message: string): MutationError {
  return new MutationError(message, { [field]: [message] });
}
