import { z } from 'zod';
import { PII_KINDS, type PiiKind } from './types.js';

const kindSchema = z.enum(PII_KINDS as [PiiKind, ...PiiKind[]]);

export const textSchema = z.string();
// Capped at 4 so a kept tail can never be re-detected as PII (keeps redact idempotent).
export const keepLastSchema = z.number().int().min(0).max(4);
/** What {@link defaultMask} reads of a finding. */
export const maskedFindingSchema = z.looseObject({ kind: kindSchema, value: z.string() });
export const findOptionsSchema = z
  .object({ kinds: z.array(kindSchema).optional(), locale: z.enum(['zh', 'en']).optional() })
  .strict()
  .optional();
export const redactOptionsSchema = z
  .object({
    kinds: z.array(kindSchema).optional(),
    locale: z.enum(['zh', 'en']).optional(),
    mask: z.function().optional(),
    keepLast: keepLastSchema.optional(),
  })
  .strict()
  .optional();
