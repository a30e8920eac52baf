import { useEffect } from 'react';

/** The page's regions in the order F6 visits them, as in Excel: the ribbon, the sheet, the task pane. */
const REGIONS = ['.ribbon', '.grid-area', '[data-testid="pane"]'] as const;

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]):not([tabindex="-1"]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/** Where the keyboard lands in a region: the grid's cell editor, else the region's first control. */
function entry(region: Element): HTMLElement | null {
  const editor = region.querySelector<HTMLElement>('.cell-editor');
  if (editor) return editor;
  return [...region.querySelectorAll<HTMLElement>(FOCUSABLE)].find((el) => el.getClientRects().length > 0) ?? null;
}

/**
 * F6 moves the keyboard to the next region (ribbon → grid → pane → ribbon); Shift+F6 and Ctrl+Shift+F6 to the
 * previous one. A closed pane is skipped.
 */
export function useRegionKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F6' || e.altKey || (e.ctrlKey && !e.shiftKey)) return;
      const regions = REGIONS.map((sel) => document.querySelector(sel)).filter((r): r is Element => r !== null);
      if (regions.length === 0) return;
      e.preventDefault();
      const current = regions.findIndex((r) => r.contains(document.activeElement));
      const step = e.shiftKey ? -1 : 1;
      for (let i = 1; i <= regions.length; i++) {
        const next = regions[(current + step * i + regions.length * 2) % regions.length];
        const target = entry(next);
        if (target) {
          target.focus();
          return;
        }
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);
}
