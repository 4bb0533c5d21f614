// Renderer components whose visible text is not yet in the message catalogues (issue 14), with the count of
// literal strings the formatjs lint rule found in each when the rule arrived. Convert a file, remove its line;
// the list must end empty, and nothing may be added to it.
export const UNTRANSLATED = [
  'renderer/src/ui/PromptDialog.test.tsx', // 2
];
