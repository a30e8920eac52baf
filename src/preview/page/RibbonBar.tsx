import { Button, Select, Text, Tooltip } from '@fluentui/react-components';
import { useRef } from 'react';
import type { Lang } from '../../core/findings';
import { RibbonTab } from '../RibbonTab';
import { API_VERSIONS, type PreviewApiVersion } from '../session';
import { both, other, s, type PreviewString } from '../strings';

const VERSION_LABEL: Record<PreviewApiVersion, PreviewString> = {
  '1.7': 'excel17',
  '1.14': 'excel114',
  '1.18': 'excel118',
};

/** The name of an Excel version, in the user's language. */
export const versionLabel = (v: PreviewApiVersion, lang: Lang) => s(VERSION_LABEL[v], lang);

/** The page's ribbon: its title, open and save, ZiPing's tab (when the Excel has one), and the Excel version. */
export function RibbonBar({
  lang,
  ribbon,
  paneOpen,
  apiVersion,
  onOpen,
  onSave,
  onCommand,
  onTogglePane,
  onVersion,
}: {
  lang: Lang;
  /** Whether the Excel shows ZiPing's ribbon tab. */
  ribbon: boolean;
  paneOpen: boolean;
  apiVersion: PreviewApiVersion;
  onOpen: (file: File) => void;
  onSave: () => void;
  onCommand: (name: string) => void;
  onTogglePane: () => void;
  onVersion: (apiVersion: PreviewApiVersion) => void;
}) {
  return (
    <header className="ribbon">
      <div className="ribbon-title">
        <Text weight="semibold" size={400}>
          {s('title', lang)}
        </Text>
        <Text size={200} className="secondary">
          {other('title', lang)}
        </Text>
      </div>
      <div role="toolbar" aria-label={both('file', lang)} className="ribbon-group">
        <FileOpen lang={lang} onFile={onOpen} />
        <Cmd label="save" lang={lang} onClick={onSave} />
      </div>
      <RibbonTab lang={lang} enabled={ribbon} paneOpen={paneOpen} onCommand={onCommand} onTogglePane={onTogglePane} />
      <div className="ribbon-group">
        <label className="version">
          <span>{s('excel', lang)}</span>
          <Select
            size="small"
            value={apiVersion}
            title={other('excel', lang)}
            onChange={(_, d) => onVersion(d.value as PreviewApiVersion)}
          >
            {API_VERSIONS.map((v) => (
              <option key={v} value={v}>
                {versionLabel(v, lang)}
              </option>
            ))}
          </Select>
        </label>
      </div>
    </header>
  );
}

/** A ribbon button, its words in the other language as its tooltip. */
function Cmd({ label, lang, onClick }: { label: PreviewString; lang: Lang; onClick: () => void }) {
  return (
    <Tooltip content={other(label, lang)} relationship="description">
      <Button onClick={onClick}>{s(label, lang)}</Button>
    </Tooltip>
  );
}

/** 打开 .xlsx…: a button that opens the browser's file chooser. */
function FileOpen({ lang, onFile }: { lang: Lang; onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={both('open', lang)}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <Cmd label="open" lang={lang} onClick={() => input.current?.click()} />
    </>
  );
}
