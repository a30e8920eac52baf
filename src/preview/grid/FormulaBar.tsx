import { useState, type KeyboardEvent, type RefObject } from 'react';
import type { Lang } from '../../core/findings';
import { s } from '../strings';

/** The name box (the selection's address; typing one selects it), fx, and the formula bar's input. */
export function FormulaBar({
  lang,
  address,
  onGo,
  input,
  value,
  onFocus,
  onChange,
  onKeyDown,
}: {
  lang: Lang;
  address: string;
  /** Selects the cell typed into the name box; false when it is not a cell's address. */
  onGo: (a1: string) => boolean;
  input: RefObject<HTMLInputElement | null>;
  value: string;
  onFocus: () => void;
  onChange: (value: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
}) {
  return (
    <div className="formula-bar">
      <NameBox lang={lang} address={address} onGo={onGo} />
      <span className="fx" aria-hidden="true">
        fx
      </span>
      <input
        ref={input}
        className="formula-input"
        aria-label={s('formulaBar', lang)}
        value={value}
        onFocus={onFocus}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}

function NameBox({ address, lang, onGo }: { address: string; lang: Lang; onGo: (a1: string) => boolean }) {
  const [draft, setDraft] = useState<string>();
  return (
    <input
      className="name-box"
      aria-label={s('nameBox', lang)}
      value={draft ?? address}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => setDraft(undefined)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && draft !== undefined) {
          e.preventDefault();
          if (onGo(draft.trim().toUpperCase())) setDraft(undefined);
        } else if (e.key === 'Escape') setDraft(undefined);
      }}
    />
  );
}
