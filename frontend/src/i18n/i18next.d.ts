import 'i18next';
import type vi from './vi.json';

// Translation keys are checked at compile time against the Vietnamese dictionary.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}
