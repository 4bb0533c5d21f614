import type { Locale } from '../i18n/locales.ts';
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

const cache = new Map<Locale, readonly Template[]>();

/**
 * The templates Concord ships, in the order of the process they serve, written in `language`: the same
 * structure in every language, their words from shared/templates/text/.
 */
export function builtinTemplates(language: Locale = 'en'): readonly Template[] {
  let list = cache.get(language);
  if (!list) {
    list = [
      vnrInput(language),
      shadowReport(language),
      ...backgroundNotes(language),
      ...policyBriefs(language),
      sgReportResponse(language),
      opEd(language),
      keyMessages(language),
      declarationAmendments(language),
      missionTalkingPoints(language),
      jointLetter(language),
      delegationLetter(language),
      hearingStatement(language),
      ...oralStatements(language),
      pledge(language),
      sideEventConceptNote(language),
    ];
    cache.set(language, list);
  }
  return list;
}

/** The built-in templates in English (the command line's, and the ids every language shares). */
export const BUILTIN_TEMPLATES: readonly Template[] = builtinTemplates('en');

/** A built-in template by id, in `language`. */
export function builtinTemplate(id: string, language: Locale = 'en'): Template | undefined {
  return builtinTemplates(language).find((t) => t.id === id);
}
