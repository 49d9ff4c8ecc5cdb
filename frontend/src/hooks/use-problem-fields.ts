import type { FormInstance } from 'antd';
import { useEffect } from 'react';
import { fieldPath, problemFields } from '@/lib/api/problem-fields';

/**
 * Puts a failed request's field errors under the form's own fields: `useProblemFields(form, create.error)`. The
 * messages are already in the user's language (the API localises them); errors of fields the form does not show stay
 * in the ErrorAlert above it. `rename` maps an API field to the form field that edits it when their names differ
 * (`{ startDate: 'period' }`); an empty name drops an API object the form flattens (`{ rules: '' }`: `rules.quorum`
 * goes under the form's `quorum`).
 */
export function useProblemFields(form: FormInstance, error: unknown, rename: Readonly<Record<string, string>> = {}) {
  const renames = JSON.stringify(rename);
  useEffect(() => {
    if (!error) return;
    // The fields the form shows now (registered Form.Items, inside Form.Lists too).
    const names = new Set(form.getFieldsError().map((f) => String(f.name[0])));
    const map = JSON.parse(renames) as Record<string, string>;
    const fields = problemFields(error, new Set([...names, ...Object.keys(map)]))
      .map(({ name, errors }) => {
        const target = map[String(name[0])];
        if (target === undefined) return { name, errors };
        return { name: [...(target ? fieldPath(target) : []), ...name.slice(1)], errors };
      })
      .filter(({ name }) => names.has(String(name[0])));
    if (fields.length > 0) form.setFields(fields);
  }, [form, error, renames]);
}
