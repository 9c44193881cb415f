import { z } from 'zod';
import { PII_KINDS, type PiiKind } from './types.js';

const kindSchema = z.enum(PII_KINDS as [PiiKind, ...PiiKind[]]);

export const textSchema = z.string();
export const findOptionsSchema = z
  .object({ kinds: z.array(kindSchema).optional(), locale: z.enum(['zh', 'en']).optional() })
  .strict()
  .optional();
export const redactOptionsSchema = z
  .object({
    kinds: z.array(kindSchema).optional(),
    locale: z.enum(['zh', 'en']).optional(),
    mask: z.function().optional(),
    // Capped at 4 so a kept tail can never be re-detected as PII (keeps redact idempotent).
    keepLast: z.number().int().min(0).max(4).optional(),
  })
  .strict()
  .optional();
