import * as z from 'zod/mini';

/**
 * A copy of `schema` carrying OpenAPI metadata (`id` for a named component, `description`,
 * `examples`, `param`…), as zod classic's `.meta()` makes one. Not zod/mini's `.check(z.meta())`:
 * that adds a check, and zod refuses `pick`/`omit`/`partial` on an object schema with checks; a
 * check would also carry an `id` into every copy made by a later `.check()`.
 */
export function withMeta<S extends z.core.$ZodType>(schema: S, metadata: z.core.GlobalMeta): S {
  const copy = z.clone(schema);
  z.globalRegistry.add(copy, metadata);
  return copy;
}
