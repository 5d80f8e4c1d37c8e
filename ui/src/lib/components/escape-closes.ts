// An attachment for a small panel inside something larger (a reminder's
// Snooze, Skip or Later today): Escape inside it calls `close`, and closes
// only the panel, not a dialog around it.
export function escapeCloses(close: () => void) {
  return (element: HTMLElement) => {
    const onkeydown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      close();
    };
    element.addEventListener('keydown', onkeydown);
    return () => element.removeEventListener('keydown', onkeydown);
  };
}
