import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Tooltip } from '@fluentui/react-components';
import { RIBBON_CONTROLS, RIBBON_TAB, type RibbonControl } from '../addin/commands/ribbon';
import type { Bilingual, Lang } from '../core/findings';
import { both, s } from './strings';

const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

/**
 * The ZiPing tab of the preview's ribbon, drawn from the ribbon list that manifest.xml is checked against: the same
 * controls, labels and functions as in Excel. Without the shared runtime (Excel 2019) Excel shows no such tab; here
 * its controls are disabled, except the pane button.
 */
export function RibbonTab({
  lang,
  enabled,
  paneOpen,
  onCommand,
  onTogglePane,
}: {
  lang: Lang;
  /** False where Excel would show no ZiPing tab. */
  enabled: boolean;
  paneOpen: boolean;
  /** Runs a ribbon command by its function name. */
  onCommand: (functionName: string) => void;
  onTogglePane: () => void;
}) {
  const control = (c: RibbonControl) => {
    switch (c.kind) {
      case 'menu':
        return (
          <Menu key={c.id}>
            <MenuTrigger disableButtonEnhancement>
              <Tooltip content={enabled ? c.label[otherLang(lang)] : both('noRibbon', lang)} relationship="description">
                <Button appearance="primary" disabled={!enabled}>
                  {c.label[lang]} ▾
                </Button>
              </Tooltip>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {c.items.map((item) => (
                  <MenuItem
                    key={item.id}
                    onClick={() => onCommand(item.functionName)}
                    secondaryContent={item.label[otherLang(lang)]}
                  >
                    {item.label[lang]}
                  </MenuItem>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
        );
      case 'command':
        return (
          <RibbonButton
            key={c.id}
            text={c.label}
            lang={lang}
            disabled={!enabled}
            onClick={() => onCommand(c.functionName)}
          />
        );
      case 'pane':
        return (
          <RibbonButton
            key={c.id}
            text={paneOpen ? { zh: s('paneHide', 'zh'), en: s('paneHide', 'en') } : c.label}
            lang={lang}
            pressed={paneOpen}
            onClick={onTogglePane}
          />
        );
    }
  };
  return (
    <div
      role="toolbar"
      aria-label={`${RIBBON_TAB.label[lang]} / ${RIBBON_TAB.label[otherLang(lang)]}`}
      className="ribbon-group"
    >
      {RIBBON_CONTROLS.map(control)}
    </div>
  );
}

function RibbonButton({
  text,
  lang,
  onClick,
  disabled,
  pressed,
}: {
  text: Bilingual;
  lang: Lang;
  onClick: () => void;
  disabled?: boolean;
  pressed?: boolean;
}) {
  return (
    <Tooltip content={text[otherLang(lang)]} relationship="description">
      <Button disabled={disabled} onClick={onClick} aria-pressed={pressed}>
        {text[lang]}
      </Button>
    </Tooltip>
  );
}
