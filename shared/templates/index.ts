// Document templates: the built-in ones for each step of the forum's process, the workspace's own,
// and turning either into a new document.
export * from './template.ts';
export * from './builtinTemplates.ts';
export * from './instantiate.ts';
export * from './fromDocument.ts';
export * from './workspaceTemplates.ts';
export * from './listTemplates.ts';
export * from './uncertainty.ts';
export * from './roadmapReport.ts';
