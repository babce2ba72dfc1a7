/**
 * Runs `run` once the press that is moving focus has landed: at the start of its click (before any
 * handler), or just after the pointer is released when no click comes. Whatever `run` renders then
 * cannot move the control being pressed out from under the pointer, which would swallow the click.
 * A blur from the keyboard (no press under way) runs it in the next task.
 */
export function afterPress(win: Window, pressing: boolean, run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    win.removeEventListener('click', once, true);
    run();
  };
  win.addEventListener('click', once, true);
  if (pressing) win.addEventListener('pointerup', () => setTimeout(once), { capture: true, once: true });
  else setTimeout(once);
}

/** Whether a pointer button is down in `win`, tracked from the capture phase; returns the remover. */
export function trackPress(win: Window, onChange: (pressing: boolean) => void): () => void {
  const down = () => onChange(true);
  const up = () => onChange(false);
  win.addEventListener('pointerdown', down, true);
  win.addEventListener('pointerup', up, true);
  win.addEventListener('pointercancel', up, true);
  return () => {
    win.removeEventListener('pointerdown', down, true);
    win.removeEventListener('pointerup', up, true);
    win.removeEventListener('pointercancel', up, true);
  };
}
