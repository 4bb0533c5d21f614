// Renderer components whose visible text is not yet in the message catalogues (issue 14), with the count of
// literal strings the formatjs lint rule found in each when the rule arrived. Convert a file, remove its line;
// the list must end empty, and nothing may be added to it.
export const UNTRANSLATED = [
  'renderer/src/coverage/CoverageView.tsx', // 12
  'renderer/src/export/ExportDialog.tsx', // 14
  'renderer/src/roadmap/Checklist.tsx', // 6
  'renderer/src/roadmap/RoadmapView.tsx', // 19
  'renderer/src/sync/JoinRelayDialog.tsx', // 10
  'renderer/src/sync/OnlineToggle.tsx', // 2
  'renderer/src/sync/PresenceList.tsx', // 2
  'renderer/src/sync/RelayBar.tsx', // 7
  'renderer/src/templates/NewFromTemplateDialog.tsx', // 12
  'renderer/src/templates/SaveAsTemplateDialog.tsx', // 2
  'renderer/src/roadmap/MilestoneEditor.tsx', // 9
  'renderer/src/roadmap/MilestoneItem.tsx', // 7
  'renderer/src/ui/PromptDialog.test.tsx', // 2
];
