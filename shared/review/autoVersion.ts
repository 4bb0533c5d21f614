import type * as Y from 'yjs';
import { readBody } from '../model/body.ts';
import { readMeta } from '../model/documentMeta.ts';
import { listVersions, versionBody, type Version } from './versions.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A milestone the document works towards: its title and (first) day, `YYYY-MM-DD`. */
export interface MilestoneDue {
  title: string;
  date: string;
}

/** How automatic versions are named (the person opening the document words them in their language). */
export interface AutoVersionNames {
  milestone(title: string): string;
  daily(day: string): string;
}

const ENGLISH_NAMES: AutoVersionNames = {
  milestone: (title) => `At milestone: ${title}`,
  daily: (day) => `Daily: ${day}`,
};

function changedSince(doc: Y.Doc, version: Version | undefined): boolean {
  const now = readBody(doc);
  if (!version) return now.textContent.trim().length > 0;
  return !versionBody(doc, version).eq(now);
}

/**
 * The automatic version to save on opening, if any: at a milestone when its date has passed since
 * the newest version, otherwise daily when the newest version is more than a day old; in both cases
 * only when the text changed since that version. Runs once per opening (it reads the whole body).
 */
export function dueAutomaticVersion(
  doc: Y.Doc,
  now: Date,
  milestone: MilestoneDue | null,
  names: AutoVersionNames = ENGLISH_NAMES,
): { kind: 'daily' | 'milestone'; name: string } | null {
  const newest = listVersions(doc)[0];
  const today = now.toISOString().slice(0, 10);
  if (milestone && milestone.date <= today && (!newest || newest.createdAt.slice(0, 10) < milestone.date)) {
    if (changedSince(doc, newest)) return { kind: 'milestone', name: names.milestone(milestone.title).slice(0, 200) };
  }
  // With no version yet, the document's own age counts (a document written today gets none today).
  const since = Date.parse(newest ? newest.createdAt : readMeta(doc).createdAt);
  const age = Number.isNaN(since) ? Infinity : now.getTime() - since;
  if (age > DAY_MS && changedSince(doc, newest)) return { kind: 'daily', name: names.daily(today).slice(0, 200) };
  return null;
}
