import type * as z from 'zod/mini';
import { once } from '../once';

/**
 * A schema built on its first call and kept. Response schemas are read by the OpenAPI document
 * only (`npm run web:types`), never by a Lambda, so a route definition holds them behind a
 * function: a cold start then constructs none of their zod objects (docs/deployment.md). Kept so
 * that the document sees one object per named component.
 */
export type LazySchema<S extends z.ZodMiniType = z.ZodMiniType> = () => S;

export const lazySchema = <S extends z.ZodMiniType>(build: () => S): LazySchema<S> => once(build);
