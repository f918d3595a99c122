/**
 * Builds an UpdateExpression with its condition, placeholder names and values, so domain code can
 * say "add 1 to confirmedCount if it is below 50" without hand-numbering placeholders.
 */
export class UpdateBuilder {
  private readonly sets: string[] = [];
  private readonly removes: string[] = [];
  private readonly conditions: string[] = [];
  readonly names: Record<string, string> = {};
  readonly values: Record<string, unknown> = {};
  private counter = 0;

  /** `#n0.#n1` for `a.b`. */
  path(attributePath: string): string {
    return attributePath
      .split('.')
      .map((part) => {
        const placeholder = `#n${Object.keys(this.names).length}`;
        const existing = Object.entries(this.names).find(([, name]) => name === part)?.[0];
        if (existing) return existing;
        this.names[placeholder] = part;
        return placeholder;
      })
      .join('.');
  }

  value(value: unknown): string {
    const placeholder = `:v${this.counter++}`;
    this.values[placeholder] = value;
    return placeholder;
  }

  set(attributePath: string, value: unknown): this {
    this.sets.push(`${this.path(attributePath)} = ${this.value(value)}`);
    return this;
  }

  /** Adds `delta` to a number that counts as 0 when absent. */
  increment(attributePath: string, delta: number): this {
    const path = this.path(attributePath);
    this.sets.push(`${path} = if_not_exists(${path}, ${this.value(0)}) + ${this.value(delta)}`);
    return this;
  }

  /** Appends to a list that counts as empty when absent. */
  append(attributePath: string, values: unknown[]): this {
    const path = this.path(attributePath);
    this.sets.push(`${path} = list_append(if_not_exists(${path}, ${this.value([])}), ${this.value(values)})`);
    return this;
  }

  remove(attributePath: string): this {
    this.removes.push(this.path(attributePath));
    return this;
  }

  /** A raw condition; `{path}` and `{value}` are filled by the callback. */
  when(build: (path: (p: string) => string, value: (v: unknown) => string) => string): this {
    this.conditions.push(build((p) => this.path(p), (v) => this.value(v)));
    return this;
  }

  /** The number at `attributePath` (absent counts as 0) compares with `operand`. */
  whenCount(attributePath: string, operator: '=' | '<' | '<=' | '>=' | '>', operand: number): this {
    const path = this.path(attributePath);
    const value = this.value(operand);
    const absentMatches = operator === '=' ? operand === 0 : operator === '<' ? 0 < operand : operator === '<=' ? 0 <= operand : operator === '>=' ? 0 >= operand : 0 > operand;
    this.conditions.push(absentMatches ? `(attribute_not_exists(${path}) OR ${path} ${operator} ${value})` : `${path} ${operator} ${value}`);
    return this;
  }

  build(): { UpdateExpression: string; ConditionExpression?: string; ExpressionAttributeNames: Record<string, string>; ExpressionAttributeValues?: Record<string, unknown> } {
    const clauses = [this.sets.length > 0 ? `SET ${this.sets.join(', ')}` : '', this.removes.length > 0 ? `REMOVE ${this.removes.join(', ')}` : ''];
    return {
      UpdateExpression: clauses.filter(Boolean).join(' '),
      ...(this.conditions.length > 0 ? { ConditionExpression: this.conditions.join(' AND ') } : {}),
      ExpressionAttributeNames: this.names,
      ...(Object.keys(this.values).length > 0 ? { ExpressionAttributeValues: this.values } : {}),
    };
  }
}
