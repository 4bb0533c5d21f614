import { describe, expect, it } from 'vitest';
import { describeDropped } from '../../shared/import/importTypes.ts';
import { afterAll, importCorpusFile, markedView, suggestionCount } from './corpusView.ts';

// Tracked changes in files from real word processors (test/fixtures/word/): each is a suggestion a
// member can accept or reject, with its author, or it is named in the import report.

describe('tracked changes from the Word corpus', () => {
  it('LibreOffice: insertions, deletions, replacements, formatting, a moved paragraph, tables, nested tables', async () => {
    const { model, dropped } = await importCorpusFile('lo-tracked-changes.docx');
    expect(markedView(model)).toEqual([
      'Ana Ortiz{-Alpha paragraph to move.}',
      'Beta stays where it is.[^An endnote to be shortened.]',
      'Ben Kaya{+Alpha paragraph to move.}',
      'Ana Ortiz{-Gamma gets bold}Ana Ortiz{+**Gamma gets bold**} and Ana Ortiz{-italic}Ana Ortiz{+_italic_} words.',
      'Delta is split here',
      'and continues.',
      'States should Ana Ortiz{-end child}Ana Ortiz{+end all child} detention[^See the revised report.] Ana Ortiz{-where possible}.',
      'Objective',
      'Assessment',
      'O13 detention',
      'Ben Kaya{-Partial}Ben Kaya{+Partial progress}',
      'Inner one',
      'Ben Kaya{-Inner two}Ben Kaya{+Inner 2}',
      'Ben Kaya{+O15 services}',
      'Ben Kaya{+None}',
    ]);
    // Replacements and formatting changes are one suggestion each (a deletion and an insertion).
    expect(suggestionCount(model)).toBe(10);
    // The colour change, the new row, the split paragraph, the nested table and the three note edits
    // (the notes keep their text as it is now) cannot be held: the report names each.
    expect(describeDropped(dropped)).toBe(
      'Dropped 3 tracked footnote edits, 1 nested table layout, 1 tracked formatting change, 1 tracked paragraph break, 1 tracked table row.',
    );
    expect(afterAll(model, 'reject')).toEqual([
      'Alpha paragraph to move.',
      'Beta stays where it is.[^An endnote to be shortened.]',
      'Gamma gets bold and italic words.',
      'Delta is split here',
      'and continues.',
      'States should end child detention[^See the revised report.] where possible.',
      'Objective',
      'Assessment',
      'O13 detention',
      'Partial',
      'Inner one',
      'Inner two',
    ]);
    expect(afterAll(model, 'accept').slice(0, 3)).toEqual([
      'Beta stays where it is.[^An endnote to be shortened.]',
      'Alpha paragraph to move.',
      '**Gamma gets bold** and _italic_ words.',
    ]);
  });

  it('Word schema: formatting runs grouped, removed italics, paragraph formatting, inserted and deleted rows', async () => {
    const { model, dropped } = await importCorpusFile('docx-tracked-changes.docx');
    expect(markedView(model).slice(0, 6)).toEqual([
      'States should Ana Ortiz{-end child}Ana Ortiz{+end all child} detention Ben Kaya{-where possible}.',
      'Gamma gets Ana Ortiz{-bold and still}Ana Ortiz{+**bold and still**}, Ben Kaya{-_plain again_}Ben Kaya{+plain again} and larger.',
      'A paragraph centred with tracking.',
      'Split here',
      'and continued.',
      'A note on the text.[^See the revised report.]',
    ]);
    expect(markedView(model).slice(9)).toEqual([
      'Ben Kaya{-Partial}Ben Kaya{+Partial progress}',
      'Inner Ana Ortiz{+added}',
      'Inner right',
      'Ben Kaya{+O15 services}',
      'Ben Kaya{+None}',
      'Ana Ortiz{-O99 withdrawn}',
      'Ana Ortiz{-n/a}',
    ]);
    // The font size and the paragraph alignment are formatting Concord does not keep.
    expect(dropped).toEqual({
      'tracked formatting change': 2,
      'tracked table row': 2,
      'tracked paragraph break': 1,
      'nested table layout': 1,
      'tracked footnote edit': 2,
    });
    expect(afterAll(model, 'reject').slice(0, 2)).toEqual([
      'States should end child detention where possible.',
      'Gamma gets bold and still, _plain again_ and larger.',
    ]);
  });

  it('a Word move is one suggestion: accepting moves the text, rejecting leaves it where it was', async () => {
    const { model, dropped } = await importCorpusFile('docx-moves.docx');
    expect(dropped).toEqual({});
    expect(markedView(model)).toEqual([
      'Ana Ortiz{-This paragraph moves down.}',
      'The middle paragraph stays.',
      'Ana Ortiz{+This paragraph moves down.}',
      'States should Ben Kaya{-urgently }end child detention Ben Kaya{+urgently}.',
    ]);
    expect(suggestionCount(model)).toBe(2);
    expect(afterAll(model, 'accept')).toEqual([
      'The middle paragraph stays.',
      'This paragraph moves down.',
      'States should end child detention urgently.',
    ]);
    expect(afterAll(model, 'reject')).toEqual([
      'This paragraph moves down.',
      'The middle paragraph stays.',
      'States should urgently end child detention .',
    ]);
  });

  it('after LibreOffice rewrites the moves, they are a deletion and an insertion each, nothing lost', async () => {
    const { model, dropped } = await importCorpusFile('lo-roundtrip-moves.docx');
    expect(dropped).toEqual({});
    expect(suggestionCount(model)).toBe(4);
    expect(afterAll(model, 'accept')).toEqual([
      'The middle paragraph stays.',
      'This paragraph moves down.',
      'States should end child detention urgently.',
    ]);
  });
});
