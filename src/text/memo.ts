/**
 * A bounded memo for pure functions of a string. Word frequencies are Zipfian, so the same few thousand words (and
 * the same popular passages) come back again and again; remembering their results removes most repeated work. When
 * full the memo is simply cleared: cheap, bounded, and — the function being pure — never a change in results.
 */
export function memoize<T>(fn: (key: string) => T, limit: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      value = fn(key);
      memo.set(key, value);
    }
    return value;
  };
}

/**
 * Remembers what is derived once from an object (a table built from the lexicon), for as long as the object lives: the
 * same lexicon serves every question, and a new one (a test's, a reloaded file) gets its own.
 */
export function memoizeByObject<K extends object, T>(fn: (key: K) => T): (key: K) => T {
  const memo = new WeakMap<K, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = fn(key);
      memo.set(key, value);
    }
    return value;
  };
}
