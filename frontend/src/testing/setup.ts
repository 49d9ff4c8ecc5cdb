import '@ant-design/v5-patch-for-react-19';
import '@testing-library/jest-dom/vitest';
import i18n from '@/i18n';

// jsdom lacks the layout APIs Ant Design asks for.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
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
  await i18n.changeLanguage('vi');
});
