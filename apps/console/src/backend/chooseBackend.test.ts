import { describe, expect, it } from 'vitest';
import { backendKindFor } from './chooseBackend';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('given a tab that opens the console', () => {
  it('should use the server when nothing asks otherwise', () => {
    expect(backendKindFor('', memoryStorage())).toBe('server');
  });

  it('should use the backend the address asks for and remember it for the tab', () => {
    const storage = memoryStorage();

    expect(backendKindFor('?backend=memory', storage)).toBe('memory');
    expect(backendKindFor('', storage)).toBe('memory');
    expect(backendKindFor('?backend=server', storage)).toBe('server');
    expect(backendKindFor('', storage)).toBe('server');
  });

  it('should ignore a backend it does not know', () => {
    expect(backendKindFor('?backend=mongo', memoryStorage())).toBe('server');
  });
});
