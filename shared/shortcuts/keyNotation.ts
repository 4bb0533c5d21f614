/** Keys in ProseMirror's notation (`Mod-Shift-8`) turned into what people read, what ARIA and Electron expect. */

const MODIFIERS = ['Mod', 'Ctrl', 'Alt', 'Shift', 'Meta'] as const;

const NAMES: Record<string, string> = {
  Escape: 'Esc',
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
};
const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧', Meta: '⌘' };

/** Splits `Mod-Shift-8` into its modifiers (in a fixed order) and its key. */
function parse(keys: string): { modifiers: string[]; key: string } {
  const parts = keys.split('-');
  const key = parts.pop() || '-';
  const modifiers = MODIFIERS.filter((m) => parts.includes(m));
  return { modifiers, key: key.length === 1 ? key.toLowerCase() : key };
}

/** One spelling of each key combination: `Shift-Mod-Z` and `Mod-Shift-z` are the same. */
export function normaliseKeys(keys: string): string {
  const { modifiers, key } = parse(keys);
  return [...modifiers, key].join('-');
}

/** As people read it: `Ctrl+Shift+8`, or `⌘⇧8` on macOS. */
export function displayKeys(keys: string, mac: boolean): string {
  const { modifiers, key } = parse(keys);
  const name = NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  if (mac) return [...modifiers.map((m) => MAC_SYMBOLS[m] ?? m), name].join('');
  return [...modifiers.map((m) => (m === 'Mod' ? 'Ctrl' : m)), name].join('+');
}

/** As `aria-keyshortcuts` spells it: `Control+Shift+8` (`Meta` on macOS); alternatives separated by spaces. */
export function ariaKeys(keys: readonly string[], mac: boolean): string {
  const one = (k: string) => {
    const { modifiers, key } = parse(k);
    const mods = modifiers.map((m) => (m === 'Mod' ? (mac ? 'Meta' : 'Control') : m === 'Ctrl' ? 'Control' : m));
    return [...mods, key.length === 1 ? key.toUpperCase() : key].join('+');
  };
  return keys.map(one).join(' ');
}

/** As an Electron menu accelerator: `CmdOrCtrl+Shift+S`. */
export function accelerator(keys: string): string {
  const { modifiers, key } = parse(keys);
  const mods = modifiers.map((m) =>
    m === 'Mod' ? 'CmdOrCtrl' : m === 'Ctrl' ? 'Control' : m === 'Meta' ? 'Super' : m,
  );
  return [...mods, key.length === 1 ? key.toUpperCase() : key].join('+');
}

/** What a key press reports (a DOM KeyboardEvent has these). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Whether a key press is this combination (`Mod` is either Ctrl or Cmd, as the menu's shortcuts always were). */
export function matchesKeys(keys: string, press: KeyPress): boolean {
  const { modifiers, key } = parse(keys);
  const has = (m: string) => modifiers.includes(m);
  const pressed = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  const command = has('Mod')
    ? press.ctrlKey !== press.metaKey
    : press.ctrlKey === has('Ctrl') && press.metaKey === has('Meta');
  return pressed === key && command && press.altKey === has('Alt') && press.shiftKey === has('Shift');
}
