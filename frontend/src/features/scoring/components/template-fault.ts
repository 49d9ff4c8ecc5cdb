import type { TFunction } from 'i18next';
import { fieldPath } from '@/lib/api/problem-fields';
import type { TemplateRequest } from '../api/scoring';

/**
 * Where a fault of a template draft lies, in words: `sections[0].criteria[1].maxPoints` → "Phần A › Tiêu chí A.2 ›
 * Điểm chuẩn" (the codes are the draft's own), never the raw field path.
 */
export function faultPlace(field: string | undefined, draft: Partial<TemplateRequest>, t: TFunction): string {
  if (!field) return '';
  const [head, ...rest] = fieldPath(field);
  const top: Record<string, string> = {
    name: t('templates.name'),
    periodId: t('scoring.period'),
    targetGroup: t('templates.targetGroup'),
    totalPoints: t('templates.totalPoints'),
    tieBreak: t('scoring.tieBreak'),
    requiresCertification: t('templates.requiresCertification'),
  };
  if (head !== 'sections') return top[String(head)] ?? '';
  const places = [];
  const [s, sectionField, c, criterionField, b] = rest;
  if (typeof s !== 'number') return t('templates.place.sections');
  const section = draft.sections?.[s];
  places.push(t('templates.place.section', { code: section?.code?.trim() || String(s + 1) }));
  const sectionFields: Record<string, string> = {
    code: t('templates.sectionCode'),
    title: t('templates.sectionTitle'),
    maxPoints: t('templates.sectionMax'),
    criteria: t('templates.place.criteria'),
  };
  if (sectionField === 'criteria' && typeof c === 'number') {
    const criterion = section?.criteria?.[c];
    places.push(t('templates.place.criterion', { code: criterion?.code?.trim() || `${section?.code?.trim() ?? ''}${c + 1}` }));
    const criterionFields: Record<string, string> = {
      code: t('scoring.code'),
      text: t('scoring.criterion'),
      maxPoints: t('scoring.maxPoints'),
      method: t('templates.place.method'),
      perEvent: t('templates.perEvent'),
      bands: t('templates.place.bands'),
    };
    if (criterionField === 'bands' && typeof b === 'number') places.push(t('templates.place.band', { n: b + 1 }));
    else if (criterionField !== undefined && criterionFields[String(criterionField)]) places.push(criterionFields[String(criterionField)]);
  } else if (sectionField !== undefined && sectionFields[String(sectionField)]) {
    places.push(sectionFields[String(sectionField)]);
  }
  return places.join(' › ');
}
