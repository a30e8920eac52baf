import { useEffect, useRef } from 'react';
import type { Lang } from '../../core/findings';
import { s } from '../strings';

export interface RowMenuItem {
  key: 'insertRow' | 'deleteRow' | 'addIndicatorRow';
  run: () => void;
}

/** The grid's right-click menu: a list of commands, closed by Escape or a click elsewhere. */
export function RowMenu({
  lang,
  at,
  items,
  onClose,
}: {
  lang: Lang;
  at: { x: number; y: number };
  items: RowMenuItem[];
  onClose: () => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  // The first item takes the focus when the menu opens, and only then: a re-render must not pull it back.
  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    const away = (e: globalThis.MouseEvent) => {
      if (!(e.target as HTMLElement).closest('.row-menu')) onClose();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [onClose]);
  return (
    <div
      className="row-menu"
      role="menu"
      style={{ left: at.x, top: at.y }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
        if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
        e.preventDefault();
        const buttons = [...e.currentTarget.querySelectorAll('button')];
        const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
        buttons[(i + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
      }}
    >
      {items.map((item, i) => (
        <button key={item.key} ref={i === 0 ? first : undefined} role="menuitem" type="button" onClick={item.run}>
          {s(item.key, lang)}
        </button>
      ))}
    </div>
  );
}
