import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

if (typeof window !== 'undefined') installLayout();

function installLayout() {
  // jsdom lays nothing out: give elements a size so the virtualized table
  // renders a window of rows as it would in a browser.
  const ROW_HEIGHT = 56;
  const VIEWPORT = { width: 1024, height: 640 };
  Object.defineProperties(HTMLElement.prototype, {
    offsetHeight: {
      configurable: true,
      get(this: HTMLElement) {
        return this.tagName === 'TR' ? ROW_HEIGHT : VIEWPORT.height;
      },
    },
    offsetWidth: { configurable: true, get: () => VIEWPORT.width },
    clientHeight: { configurable: true, get: () => VIEWPORT.height },
    clientWidth: { configurable: true, get: () => VIEWPORT.width },
  });
  HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect() {
    const height = this.tagName === 'TR' ? ROW_HEIGHT : VIEWPORT.height;
    return DOMRect.fromRect({ x: 0, y: 0, width: VIEWPORT.width, height });
  };

  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

  // Radix menus use pointer capture and scrollIntoView, which jsdom lacks.
  Element.prototype.hasPointerCapture ??= () => false;
  Element.prototype.releasePointerCapture ??= () => {};
  Element.prototype.scrollIntoView ??= () => {};
}
