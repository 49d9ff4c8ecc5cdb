import type { Problem } from './problem';
import { ApiError } from './problem';

/** An antd form field's name path: `entries[0].reason` → `['entries', 0, 'reason']`. */
export type FieldPath = (string | number)[];

export function fieldPath(path: string): FieldPath {
  const out: FieldPath = [];
  for (const part of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      out.push(part);
      continue;
    }
    if (match[1]) out.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) out.push(Number(index[1]));
  }
  return out;
}

/**
 * The problem's field errors as antd `form.setFields` entries, for the fields the form has: the message is shown
 * under the field itself (already in the user's language: the API localises it). Errors of fields the form does
 * not have stay in the problem's detail, which names them in words.
 */
export function problemFields(error: unknown, formFields: ReadonlySet<string>): { name: FieldPath; errors: string[] }[] {
  const problem: Problem | undefined = error instanceof ApiError ? error.problem : undefined;
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  for (const fieldError of problem?.errors ?? []) {
    if (!fieldError.field || !fieldError.message) continue;
    const name = fieldPath(fieldError.field);
    if (!formFields.has(String(name[0]))) continue;
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(fieldError.message);
    byField.set(key, entry);
  }
  return [...byField.values()];
}
