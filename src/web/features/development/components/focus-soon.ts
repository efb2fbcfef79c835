/**
 * Moves focus to the element with this id once React has rendered it: after an entry moved to
 * another section, or a suggestion left the list. Tries for a few frames, then gives up.
 */
export function focusSoon(id: string, fallbackId?: string, frames = 10): void {
  requestAnimationFrame(() => {
    const target = document.getElementById(id);
    if (target) {
      target.focus();
      return;
    }
    if (frames > 0) {
      focusSoon(id, fallbackId, frames - 1);
      return;
    }
    if (fallbackId) document.getElementById(fallbackId)?.focus();
  });
}
