import { describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../answer/types.js';
import { outletLabel } from './answer-page.js';

describe('outletLabel ("also reported by")', () => {
  it('names an article by its outlet, by its headline when it states no outlet, and not at all when it states neither', () => {
    const engine = {
      articles: () => [{ id: 'a', outlet: 'কালবেলা', title: 'শিরোনাম' }, { id: 'b', title: 'প্রতিরক্ষা সহযোগিতা চুক্তি' }, { id: 'c' }],
    } as unknown as AnswerEngine;
    const label = outletLabel(engine);
    expect(label('a')).toBe('কালবেলা');
    expect(label('b')).toBe('প্রতিরক্ষা সহযোগিতা চুক্তি');
    expect(label('c')).toBeUndefined();
  });
});
