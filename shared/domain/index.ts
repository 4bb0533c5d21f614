// The Compact's reference data: objectives, principles, round tables, review cycles and their
// milestones, pledges and speaking pace. Every item carries its sources and, where it applies, its
// confidence.
export * from './sources.ts';
export * from './objectives.ts';
export * from './principles.ts';
export * from './roundTables.ts';
export * from './dialogueThemes.ts';
export * from './milestone.ts';
export * from './ideasForAction.ts';
export * from './cycle2022.ts';
export * from './cycle2026.ts';
export * from './cycle2030.ts';
export * from './regionalReviews.ts';
export * from './hearingSessions.ts';
export * from './checklistSteps.ts';
export * from './cycles.ts';
export * from './deadlines.ts';
export * from './pledges.ts';
export * from './oralStatements.ts';
export * from './tags.ts';
