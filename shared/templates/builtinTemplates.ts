import type { Template } from './template.ts';
import { shadowReport } from './builtin/shadowReport.ts';
import { keyMessages } from './builtin/keyMessages.ts';
import { pledge } from './builtin/pledge.ts';
import { backgroundNotes } from './builtin/backgroundNote.ts';
import { sgReportResponse } from './builtin/sgReportResponse.ts';
import { hearingStatement } from './builtin/hearingStatement.ts';
import { sideEventConceptNote } from './builtin/sideEventConceptNote.ts';
import { opEd } from './builtin/opEd.ts';
import { vnrInput } from './builtin/vnrInput.ts';
import { oralStatements } from './builtin/oralStatements.ts';
import { jointLetter } from './builtin/jointLetter.ts';
import { declarationAmendments } from './builtin/declarationAmendments.ts';
import { policyBriefs } from './builtin/policyBriefs.ts';
import { missionTalkingPoints } from './builtin/missionTalkingPoints.ts';
import { delegationLetter } from './builtin/delegationLetter.ts';

/** The templates Concord ships, in the order of the process they serve. */
export const BUILTIN_TEMPLATES: readonly Template[] = [
  vnrInput,
  shadowReport,
  ...backgroundNotes,
  ...policyBriefs,
  sgReportResponse,
  opEd,
  keyMessages,
  declarationAmendments,
  missionTalkingPoints,
  jointLetter,
  delegationLetter,
  hearingStatement,
  ...oralStatements,
  pledge,
  sideEventConceptNote,
];

/** A built-in template by id. */
export function builtinTemplate(id: string): Template | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.id === id);
}
