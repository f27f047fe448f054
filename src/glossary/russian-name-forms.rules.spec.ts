import { describe, expect, it } from 'vitest';
import { isNameForm } from './russian-name-forms.rules.js';

const accepts = (nominative: string, ...words: string[]) =>
  words.forEach((word) => expect(isNameForm(nominative, word), word).toBe(true));
const refuses = (nominative: string, ...words: string[]) =>
  words.forEach((word) => expect(isNameForm(nominative, word), word).toBe(false));

describe('isNameForm', () => {
  it('declines adjectival surnames by gender', () => {
    accepts('навальный', 'навального', 'навальному', 'навальным', 'навальном', 'навальные');
    accepts('навальная', 'навальной', 'навальную');
    accepts('ходорковский', 'ходорковского', 'ходорковским', 'ходорковском');
    accepts('толстой', 'толстого', 'толстым');
    refuses('навальная', 'навального', 'навальный', 'навальнайа', 'навальна');
    refuses('навальный', 'навальная', 'навални', 'навальни');
    refuses('ходорковский', 'ходорковски', 'ходорковскый', 'ходорковскиго');
  });

  it('declines "-ин", "-ов" surnames and consonant first names', () => {
    accepts('путин', 'путина', 'путину', 'путиным', 'путине');
    accepts('михаил', 'михаила', 'михаилом', 'михаиле');
    accepts('горбачев', 'горбачева', 'горбачевым');
    accepts('владимирович', 'владимировичем');
    accepts('павел', 'павла', 'павлом');
    refuses('путин', 'путен', 'путинн', 'путино');
  });

  it('declines "-а", "-я", "-ия", soft-sign and "-й" names', () => {
    accepts('юлия', 'юлии', 'юлию', 'юлией');
    accepts('анна', 'анны', 'анне', 'анну', 'анной');
    accepts('ольга', 'ольги', 'ольгой');
    accepts('илья', 'ильи', 'илье', 'илью', 'ильей');
    accepts('игорь', 'игоря', 'игорю', 'игорем');
    accepts('алексей', 'алексея', 'алексею', 'алексеем', 'алексее');
    accepts('юрий', 'юрия', 'юрием', 'юрии');
    refuses('юлия', 'юлиа', 'юлья');
    refuses('алексей', 'алекссей', 'алексий');
  });

  it('keeps indeclinable names as they are', () => {
    accepts('шевченко', 'шевченко');
    refuses('шевченко', 'шевченка', 'шевченкой');
    refuses('черных', 'черного');
  });

  it('declines each part of a hyphenated name', () => {
    accepts('кара-мурза', 'кара-мурзы', 'кара-мурзой', 'кара-мурзу');
    refuses('кара-мурза', 'кара-мурзайа', 'кара', 'карамурза');
  });
});
