import { z } from 'zod';
import { optionalText, version } from './fields';
import { LIMITS } from './limits';

/** Deleting a fact: the version it was read at, and why (shown in the history). */
export const deleteSchema = z.object({ version, summary: optionalText('The reason', LIMITS.summary).refine((v) => v !== null, 'Say why this record is deleted.') });
