import { useTranslation } from 'react-i18next';

const KNOWN = ['M', 'F', 'X'] as const;

/** Gender is a code (M, F, X) in a free string field; known codes get a label, anything else shows as sent. */
export function GenderLabel({ gender }: { gender?: string | null }) {
  const { t } = useTranslation();
  if (!gender) return null;
  const known = KNOWN.find((g) => g === gender.toUpperCase());
  return <>{known ? t(`enums.gender.${known}`) : gender}</>;
}
