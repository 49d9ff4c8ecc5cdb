import { act, renderHook } from '@testing-library/react';
import { useAutosave } from './use-autosave';

type Batch = Readonly<Record<string, number>>;

function setup(saving = false) {
  const calls: { batch: Batch; settled: () => void }[] = [];
  const save = vi.fn((batch: Batch, settled: () => void) => void calls.push({ batch, settled }));
  const hook = renderHook(({ saving }) => useAutosave<number>({ save, saving, delayMs: 700 }), { initialProps: { saving } });
  return { calls, save, hook };
}

describe('useAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the edits of a pause together, once, and forgets them when the save settles', () => {
    const { calls, save, hook } = setup();
    act(() => hook.result.current.change('A1', 4));
    act(() => vi.advanceTimersByTime(500));
    act(() => hook.result.current.change('A2', 7));
    act(() => vi.advanceTimersByTime(699));
    expect(save).not.toHaveBeenCalled();
    expect(hook.result.current.dirty).toBe(true);

    act(() => vi.advanceTimersByTime(1));
    expect(save).toHaveBeenCalledTimes(1);
    expect(calls[0].batch).toEqual({ A1: 4, A2: 7 });

    act(() => calls[0].settled());
    expect(hook.result.current.pending).toEqual({});
    expect(hook.result.current.dirty).toBe(false);
  });

  it('keeps a value typed during a save and sends it after that save, not alongside it', () => {
    const { calls, save, hook } = setup();
    act(() => hook.result.current.change('A1', 4));
    act(() => vi.advanceTimersByTime(700));
    hook.rerender({ saving: true });
    act(() => hook.result.current.change('A1', 5));
    act(() => vi.advanceTimersByTime(5000));
    expect(save).toHaveBeenCalledTimes(1);

    act(() => calls[0].settled());
    hook.rerender({ saving: false });
    expect(hook.result.current.pending).toEqual({ A1: 5 });
    act(() => vi.advanceTimersByTime(700));
    expect(save).toHaveBeenCalledTimes(2);
    expect(calls[1].batch).toEqual({ A1: 5 });
  });

  it('saves nothing when nothing was edited', () => {
    const { save } = setup();
    act(() => vi.advanceTimersByTime(10_000));
    expect(save).not.toHaveBeenCalled();
  });
});
