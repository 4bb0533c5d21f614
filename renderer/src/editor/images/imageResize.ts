import type { ImageAlign } from '../../../../shared/schema/image.ts';

/**
 * Follows a drag of an image's resize handle: the figure's width follows the pointer (its height
 * follows the aspect ratio, set in CSS), and `commit` gets the new width as a percentage of the text
 * column when the pointer is released. A centred image grows on both sides, so it moves twice as fast.
 */
export function startResize(
  event: PointerEvent,
  figure: HTMLElement,
  align: ImageAlign,
  commit: (size: number) => void,
): void {
  const column = figure.parentElement?.clientWidth ?? 0;
  if (column <= 0 || event.button !== 0) return;
  event.preventDefault();
  const handle = event.target as HTMLElement;
  handle.setPointerCapture(event.pointerId);
  const startX = event.clientX;
  const startWidth = figure.getBoundingClientRect().width;
  const rtl = getComputedStyle(figure).direction === 'rtl';
  const atEnd = align === 'end';
  const sign = (rtl ? -1 : 1) * (atEnd ? -1 : 1) * (align === 'center' ? 2 : 1);
  const sizeAt = (x: number) => Math.round((Math.max(20, startWidth + sign * (x - startX)) / column) * 100);
  const move = (e: PointerEvent) => {
    figure.style.width = `${Math.min(100, Math.max(5, sizeAt(e.clientX)))}%`;
  };
  const up = (e: PointerEvent) => {
    handle.removeEventListener('pointermove', move);
    handle.removeEventListener('pointerup', up);
    handle.removeEventListener('pointercancel', up);
    commit(Math.min(100, Math.max(5, sizeAt(e.clientX))));
  };
  handle.addEventListener('pointermove', move);
  handle.addEventListener('pointerup', up);
  handle.addEventListener('pointercancel', up);
}
