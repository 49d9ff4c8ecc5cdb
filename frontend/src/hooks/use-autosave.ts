import { useEffect, useEffectEvent, useState } from 'react';

type Options<V> = {
  /** Sends one batch; calls `settled` when the server answered (either way). */
  save: (batch: Readonly<Record<string, V>>, settled: () => void) => void;
  /** A save is in flight: the next batch waits for it (one request at a time, in order). */
  saving: boolean;
  delayMs?: number;
};

/**
 * Autosave of a form keyed by field: edits made since the last save go to the server together after a short pause.
 * An edit stays pending until a save carrying that very value settles, so typing during a save is never lost.
 */
export function useAutosave<V>({ save, saving, delayMs = 700 }: Options<V>) {
  const [pending, setPending] = useState<Record<string, V>>({});
  // The latest `save` without restarting the pause each time the caller renders with a new function.
  const send = useEffectEvent(save);

  useEffect(() => {
    const keys = Object.keys(pending);
    if (keys.length === 0 || saving) return;
    const timer = setTimeout(() => {
      const batch = pending;
      send(batch, () =>
        setPending((current) => {
          const next = { ...current };
          for (const key of keys) if (next[key] === batch[key]) delete next[key];
          return next;
        }),
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [pending, saving, delayMs]);

  return {
    /** Edits not saved yet, by field. */
    pending,
    /** Some edit is waiting for, or in, a save. */
    dirty: Object.keys(pending).length > 0,
    change: (key: string, value: V) => setPending((current) => ({ ...current, [key]: value })),
  };
}
