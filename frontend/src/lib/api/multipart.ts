/**
 * The body of a multipart upload for openapi-fetch: the typed body the contract declares (the file as its binary
 * string) and the serializer that sends it as form data, the file under `file` with its name, the text fields first.
 */
export function multipartFile<F extends Record<string, string>>(file: File, fields: F = {} as F) {
  return {
    body: { ...fields, file: file as unknown as string },
    bodySerializer: () => {
      const form = new FormData();
      Object.entries(fields).forEach(([name, value]) => form.append(name, value));
      form.append('file', file, file.name);
      return form;
    },
  };
}
