import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from './vi.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the user's choice of language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'thidua.language';

// Vietnamese is bundled (the default and the fallback); English is its own chunk, loaded when chosen, so the
// first load of a Vietnamese user does not carry it.
export const resources = { vi: { translation: vi } } as const;

const loaders: Record<Language, () => Promise<Record<string, unknown>>> = {
  vi: async () => vi,
  en: async () => (await import('./en.json')).default,
};

async function ensureLoaded(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) i18n.addResourceBundle(language, 'translation', await loaders[language]());
}

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return LANGUAGES.find((l) => l === stored) ?? 'vi';
  } catch {
    return 'vi';
  }
}

const initialLanguage = storedLanguage();

void i18n.use(initReactI18next).init({
  resources,
  partialBundledLanguages: true,
  lng: initialLanguage,
  fallbackLng: 'vi',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

/** Resolves when the dictionary of the remembered language is loaded: the app renders after it. */
export const i18nReady: Promise<void> = initialLanguage === 'vi' ? Promise.resolve() : ensureLoaded(initialLanguage)
        .then(() => i18n.changeLanguage(initialLanguage))
        .then(() => undefined, () => undefined);

export function currentLanguage(): Language {
  return LANGUAGES.find((l) => l === i18n.language) ?? 'vi';
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  await ensureLoaded(language);
  await i18n.changeLanguage(language);
}

export default i18n;
