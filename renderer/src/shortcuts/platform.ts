/** Whether the keyboard's command key is Cmd (macOS, iOS) rather than Ctrl: shortcuts are shown and matched so. */
export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}
