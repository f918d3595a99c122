import type * as z from 'zod/mini';
import { once } from '../once';

/**
 * A schema built on its first call and kept. A route definition holds its schemas behind such
 * functions: response schemas are read by the OpenAPI document only (`npm run web:types`), never by
 * a Lambda; request schemas by the route's first request. Loading a route then constructs none of
 * their zod objects (docs/deployment.md). Kept, so that a request does not build them again and the
 * document sees one object per named component.
 */
export type LazySchema<S extends z.ZodMiniType = z.ZodMiniType> = () => S;

export const lazySchema = <S extends z.ZodMiniType>(build: () => S): LazySchema<S> => once(build);
