import { describe, expect, it } from 'vitest';
import { reflowParagraphs } from '#renderer/reader/reflow-text.ts';

describe('reflowParagraphs', () => {
  it('joins the lines of a paragraph and ends it at a short line', () => {
    const text = [
      'Victim-sensitive courts',
      'Judges should allow a victim to give evidence without facing the',
      'accused, through a screen or a video link, and should limit the',
      'questions asked to what the case needs.',
      'A support person may sit with the victim.',
    ].join('\n');
    expect(reflowParagraphs(text)).toEqual([
      'Victim-sensitive courts',
      'Judges should allow a victim to give evidence without facing the accused, through a screen or a video link, and should limit the questions asked to what the case needs.',
      'A support person may sit with the victim.',
    ]);
  });

  it('makes a word broken with a hyphen whole, and keeps hyphenated words', () => {
    const text = [
      'The prosecutor asked for the evidence to be exam-',
      'ined again by the court in a victim-sensitive way,',
      'with a support person.',
    ].join('\n');
    expect(reflowParagraphs(text)).toEqual([
      'The prosecutor asked for the evidence to be examined again by the court in a victim-sensitive way, with a support person.',
    ]);
  });

  it('joins lines of Thai, Lao, Khmer and Burmese without a space', () => {
    expect(reflowParagraphs('การพิจารณาคดีค้ามนุษย์โดยคำนึงถึง\nบาดแผลทางใจ')).toEqual([
      'การพิจารณาคดีค้ามนุษย์โดยคำนึงถึงบาดแผลทางใจ',
    ]);
  });

  it('gives nothing for a page without text', () => {
    expect(reflowParagraphs('')).toEqual([]);
    expect(reflowParagraphs('\n  \n')).toEqual([]);
  });
});
