/**
 * A bounded set of recently seen update ids: Telegram re-delivers a webhook update when it did not
 * get a timely 200, and a re-delivered update must be answered once, not twice.
 */
export class RecentIds {
  private readonly ids = new Set<number>();

  constructor(private readonly capacity = 10_000) {}

  /** Records `id`; returns false when it was already recorded (a duplicate). */
  add(id: number): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value as number);
    return true;
  }

  /** Forgets `id`, so a retry of a delivery that failed is handled. */
  delete(id: number): void {
    this.ids.delete(id);
  }
}
