import { validatorMessage } from './validatorMessages';

describe('validator messages in the editor’s language', () => {
  it('recognises the CLI’s message shapes with their facts', () => {
    // As the API answers them (apps/api/src/workspace/workspace.spec.ts checks the same texts).
    expect(validatorMessage('unknown glossary term "nope"')).toEqual({
      key: 'unknownTerm',
      params: { id: 'nope' },
    });
    expect(
      validatorMessage(
        'the source links to term:circular-procurement; keep that reference in the translation',
      ),
    ).toEqual({ key: 'keepReference', params: { ref: 'term:circular-procurement' } });
    expect(validatorMessage('the source is a level-2 heading (##); keep it')).toEqual({
      key: 'keepHeading',
      params: { level: '2', marks: '##' },
    });
    expect(
      validatorMessage(
        'blank line inside a segment: it would split the paragraph; keep one paragraph per segment',
      ),
    ).toEqual({ key: 'blankLine', params: {} });
  });

  it('leaves a message it does not know to be shown as written', () => {
    expect(validatorMessage('formula "x^" cannot be rendered: parse error')).toBeNull();
  });
});
