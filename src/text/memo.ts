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
