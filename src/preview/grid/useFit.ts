import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { SheetView } from '../sheetView';
import { fitView, stickyLefts, type Fit } from './fit';

/** The grid area's width, followed as the window or the pane changes. */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** The sheet's fit to the grid area (see fitView), followed as the area's width changes. */
export function useFit(view: SheetView, area: RefObject<HTMLElement | null>): Fit {
  const available = useWidth(area);
  return useMemo(() => fitView(view, available), [view, available]);
}

/** Where each frozen column sticks; the same array while their widths stay, so that unchanged rows are skipped. */
export function useFrozenLefts(widths: readonly number[], frozen: number): number[] {
  const widthsKey = widths.slice(0, frozen).join(',');
  return useMemo(() => stickyLefts(widthsKey ? widthsKey.split(',').map(Number) : []), [widthsKey]);
}
