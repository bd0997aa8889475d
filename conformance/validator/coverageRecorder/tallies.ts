/**
 * The counters coverage keeps while responses are checked: numbers in arrays and maps, bumped in
 * place by the compiled body walk (`walk.ts`) and turned into the report's plain records only when
 * a snapshot is asked for. `reset()` zeroes them in place, so the walk's references stay valid.
 */

/** Bounds memory when a service (or a fuzzer) sends endless new values of an extensible enum. */
const MAX_UNKNOWN_ENUM_VALUES = 100;

/** A count bumped in place: one map lookup per value seen, not a lookup and a store. */
interface Counter {
  n: number;
}

/** Up to this many declared values, `count` compares them in turn rather than hashing the key. */
const SCANNED_ENUM_SIZE = 8;

export class EnumTally {
  readonly values: Map<string, Counter>;
  readonly unknownValues = new Map<string, Counter>();
  /** The declared values and their counters, in order, when few: `LroStatus` has four. */
  private readonly keys: readonly string[];
  private readonly counters: readonly Counter[];

  constructor(
    readonly extensible: boolean,
    declared: readonly unknown[],
  ) {
    this.values = new Map(declared.map((v) => [String(v), { n: 0 }]));
    const few = this.values.size <= SCANNED_ENUM_SIZE;
    this.keys = few ? [...this.values.keys()] : [];
    this.counters = few ? [...this.values.values()] : [];
  }

  /** A value seen in a passing body (`String()` of it). */
  count(key: string): void {
    const { keys } = this;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === key) {
        this.counters[i]!.n++;
        return;
      }
    }
    const counter = this.values.get(key) ?? this.unknownValues.get(key);
    if (counter) counter.n++;
    else if (this.unknownValues.size < MAX_UNKNOWN_ENUM_VALUES) {
      this.unknownValues.set(key, { n: 1 });
    }
  }

  reset(): void {
    for (const counter of this.values.values()) counter.n = 0;
    this.unknownValues.clear();
  }
}

/** Passing responses that carried each optional property of one object schema. */
export class OptionalTally {
  readonly counts: number[];

  constructor(readonly names: readonly string[]) {
    this.counts = names.map(() => 0);
  }

  reset(): void {
    this.counts.fill(0);
  }
}

/** Null-prototype records: keys come from responses, and `__proto__` must stay a plain key. */
export function dict(
  entries: Iterable<readonly [string, number | Counter]> = [],
): Record<string, number> {
  const out = Object.create(null) as Record<string, number>;
  for (const [key, value] of entries) out[key] = typeof value === "number" ? value : value.n;
  return out;
}
