import '@ant-design/v5-patch-for-react-19';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import i18n from '@/i18n';
import en from '@/i18n/en.json';

// findBy*/waitFor wait up to 10 s, not 1 s: on a loaded 2-core CI machine the first render of a lazy antd page can take
// several seconds. A test still fails when the element never comes; nothing here measures speed.
configure({ asyncUtilTimeout: 10_000 });

/** Width media queries answered against window.innerWidth (jsdom: 1024), so a test can play a phone by setting it. */
function matchesWidth(query: string): boolean {
  const min = /min-width:\s*([\d.]+)px/.exec(query);
  const max = /max-width:\s*([\d.]+)px/.exec(query);
  if (!min && !max) return false;
  return (!min || window.innerWidth >= Number(min[1])) && (!max || window.innerWidth <= Number(max[1]));
}

// The app loads the English dictionary when it is chosen; tests switch languages directly, so it is there.
i18n.addResourceBundle('en', 'translation', en);

// jsdom lacks the layout APIs Ant Design asks for.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: matchesWidth(query),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
// antd measures scrollbars through pseudo-element styles, which jsdom does not implement.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => getComputedStyle(element);

beforeEach(async () => {
  window.localStorage.clear();
  window.innerWidth = 1024;
  await i18n.changeLanguage('vi');
});
