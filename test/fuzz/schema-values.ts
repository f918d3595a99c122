import { ulid } from 'ulid';
import { hostileJsonValues } from './hostile-values';
import type { RandomSource } from './random-source';

/** The subset of JSON Schema (as zod-openapi writes it) the generator understands. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  default?: unknown;
  examples?: unknown[];
}

/**
 * Values for a JSON schema: `valueFor` aims at a valid value (formats, enums, bounds; patterns it
 * cannot invert get a plausible string), `mutate` breaks one place of a value.
 */
export class SchemaValues {
  constructor(
    private readonly random: RandomSource,
    private readonly components: Record<string, JsonSchema>,
  ) {}

  resolve(schema: JsonSchema): JsonSchema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace('#/components/schemas/', '');
    return this.resolve(this.components[name] ?? {});
  }

  valueFor(schemaOrRef: JsonSchema, depth = 0): unknown {
    const schema = this.resolve(schemaOrRef);
    if (schema.const !== undefined) return schema.const;
    if (schema.enum) return this.random.pick(schema.enum);
    if (schema.examples?.length) return this.random.pick(schema.examples);
    const choices = schema.anyOf ?? schema.oneOf;
    if (choices) return this.valueFor(this.random.pick(choices), depth + 1);
    if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part) => this.valueFor(part, depth + 1)));
    const type = Array.isArray(schema.type) ? this.random.pick(schema.type.filter((t) => t !== 'null')) : schema.type;
    switch (type) {
      case 'object':
        return this.objectFor(schema, depth);
      case 'array': {
        const count = depth > 3 ? (schema.minItems ?? 0) : this.random.int(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3));
        return Array.from({ length: count }, () => this.valueFor(schema.items ?? {}, depth + 1));
      }
      case 'string':
        return this.stringFor(schema);
      case 'integer':
      case 'number': {
        const value = this.random.int(schema.minimum ?? 0, Math.min(schema.maximum ?? 100, (schema.minimum ?? 0) + 100));
        return value;
      }
      case 'boolean':
        return this.random.chance(0.5);
      default:
        return this.random.pick(hostileJsonValues);
    }
  }

  private objectFor(schema: JsonSchema, depth: number): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    const required = new Set(schema.required ?? []);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (required.has(name) || (depth < 3 && this.random.chance(0.5))) object[name] = this.valueFor(property, depth + 1);
    }
    return object;
  }

  private stringFor(schema: JsonSchema): string {
    switch (schema.format) {
      case 'email':
        return `fuzz.${ulid().toLowerCase()}@example.org`;
      case 'date':
        return new Date(Date.now() + this.random.int(-30, 60) * 86_400_000).toISOString().slice(0, 10);
      case 'date-time':
        return new Date(Date.now() + this.random.int(-30, 60) * 86_400_000).toISOString();
      case 'uri':
        return `https://example.org/${ulid().toLowerCase()}`;
      default: {
        const length = Math.max(schema.minLength ?? 1, Math.min(schema.maxLength ?? 12, 12));
        return 'fuzz'.padEnd(length, 'x').slice(0, Math.max(length, schema.minLength ?? 0));
      }
    }
  }

  /** A copy of `value` with one place replaced by a hostile value, dropped, or given an unknown key. */
  mutate(value: unknown): unknown {
    if (value === null || typeof value !== 'object' || this.random.chance(0.1)) return this.random.pick(hostileJsonValues);
    const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    const roll = this.random.next();
    if (keys.length === 0 || roll < 0.1) {
      Object.defineProperty(copy, this.random.pick(['__proto__', 'constructor', 'unknownField', 'toString']), {
        value: this.random.pick(hostileJsonValues),
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return copy;
    }
    const key = this.random.pick(keys);
    const target = copy as Record<string, unknown>;
    if (roll < 0.2) delete target[key];
    else target[key] = this.random.chance(0.5) ? this.mutate(target[key]) : this.random.pick(hostileJsonValues);
    return copy;
  }
}
