import { lazy, type ComponentType } from 'react';

/**
 * A component that uses Ant Design, loaded when first rendered together with the Ant Design theme, locale and
 * form messages (`LocalizedAntd`). The first page (frame and home) is plain HTML, so Ant Design's core stays out
 * of the first load; everything that needs it comes through here or through a lazy route (`router.tsx`).
 */
export function lazyAntd<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [{ LocalizedAntd }, Component] = await Promise.all([import('./LocalizedAntd'), load()]);
    return {
      default: (props: P) => (
        <LocalizedAntd>
          <Component {...props} />
        </LocalizedAntd>
      ),
    };
  });
}
