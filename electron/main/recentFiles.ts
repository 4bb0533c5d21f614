/** How many recent files the menu lists (the settings schema allows up to 20). */
const MAX_RECENT_FILES = 10;

/** The recent-files list with `file` first, without duplicates, capped. */
export function addRecentFile(list: readonly string[], file: string, max = MAX_RECENT_FILES): string[] {
  return [file, ...list.filter((entry) => entry !== file)].slice(0, max);
}

/** The list without `file` (it moved or vanished). */
export function removeRecentFile(list: readonly string[], file: string): string[] {
  return list.filter((entry) => entry !== file);
}
