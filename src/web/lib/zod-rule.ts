import type { FormRule } from 'antd';
import type { z } from 'zod';

/**
 * An antd form rule from a zod schema of the shared API contract, so that the form says exactly
 * what the server would say, in the same words. Empty values are left to `required`.
 */
export function zodRule(schema: z.ZodType): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      const result = schema.safeParse(value);
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '格式不正确');
    },
  };
}
