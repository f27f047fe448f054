import { describe, expect, it } from 'vitest';
import { nameSpellingCheck } from './name-spelling.rules.js';
import type { NameHit } from '../glossary/name-hints.rules.js';

const navalny: NameHit = {
  name: 'Алексей Навальный',
  spelling: 'Alexei Navalny',
  variants: ['Aleksei Navalny'],
};
const kara: NameHit = {
  name: 'Владимир Кара-Мурза',
  spelling: 'Vladimir Kara-Murza',
  variants: [],
};

// Hits as an English source gives them: the name as written, the Cyrillic form to expect.
const navalnyEn: NameHit = { name: "Navalny's", spelling: 'Навальный', variants: [] };
const yulia: NameHit = { name: 'Yulia Navalnaya', spelling: 'Юлия Навальная', variants: [] };
const khodorkovsky: NameHit = {
  name: 'Mikhail Khodorkovsky',
  spelling: 'Михаил Ходорковский',
  variants: [],
};
const putinEn: NameHit = { name: 'Putin', spelling: 'Владимир Путин', variants: [] };

const ruEn = (source: string, target: string, names: NameHit[]) =>
  nameSpellingCheck.run({ sourceLanguage: 'ru', targetLanguage: 'en', source, target, names });
const enRu = (source: string, target: string, names: NameHit[]) =>
  nameSpellingCheck.run({ sourceLanguage: 'en', targetLanguage: 'ru', source, target, names });

describe('name-spelling ru>en', () => {
  it('reports a name mentioned many times once', () => {
    const findings = ruEn(
      'Алексей Навальный. '.repeat(50),
      'Alexey Navalni. '.repeat(50),
      Array.from({ length: 50 }, () => navalny),
    );
    expect(findings).toHaveLength(1);
  });

  it('passes the spelling of the name list and its variants', () => {
    expect(ruEn('Алексей Навальный', 'Alexei Navalny', [navalny])).toEqual([]);
    expect(ruEn('Алексей Навальный', 'Aleksei Navalny', [navalny])).toEqual([]);
    expect(ruEn('Владимир Кара-Мурза', 'Vladimir Kara-Murza', [kara])).toEqual([]);
  });

  it('passes a surname alone where the source has the surname alone, possessive included', () => {
    expect(ruEn('Сторонники Навального', "Navalny's supporters", [navalny])).toEqual([]);
  });

  it('passes the surname alone or the name without the patronymic, whatever the source gives', () => {
    const putin: NameHit = { name: 'Владимир Путин', spelling: 'Vladimir Putin', variants: [] };
    const alekseeva: NameHit = {
      name: 'Людмила Михайловна Алексеева',
      spelling: 'Lyudmila Mikhailovna Alexeyeva',
      variants: [],
    };
    expect(ruEn('Путин подписал закон.', 'Putin signed the law.', [putin])).toEqual([]);
    expect(ruEn('Владимир Путин подписал закон.', 'Putin signed the law.', [putin])).toEqual([]);
    expect(ruEn('Путин В. В. подписал закон.', "Putin's law was signed.", [putin])).toEqual([]);
    expect(
      ruEn('Людмила Михайловна Алексеева', 'Lyudmila Alexeyeva founded the group', [alekseeva]),
    ).toEqual([]);
    expect(ruEn('Людмила Михайловна Алексеева', 'Alexeyeva founded it', [alekseeva])).toEqual([]);
  });

  it('still reports a first name spelt another way beside the right surname', () => {
    expect(ruEn('Алексей Навальный', 'Alexey Navalny', [navalny])[0]?.params.found).toBe('Alexey');
  });

  it('reports another transliteration, naming what it found', () => {
    expect(ruEn('Алексей Навальный', 'Alexey Navalnyi', [navalny])).toEqual([
      {
        check: 'name-spelling',
        severity: 'warning',
        messageKey: 'qa:name-spelling.other',
        params: { name: 'Алексей Навальный', spelling: 'Alexei Navalny', found: 'Alexey' },
      },
    ]);
    expect(
      ruEn('Сторонники Навального', "Naval'nyy's supporters", [navalny])[0]?.params.found,
    ).toBe("Naval'nyy's");
  });

  it('reports a name that is missing altogether', () => {
    expect(ruEn('Сторонники Навального', 'The opposition leader’s supporters', [navalny])).toEqual([
      {
        check: 'name-spelling',
        severity: 'warning',
        messageKey: 'qa:name-spelling.missing',
        params: { name: 'Алексей Навальный', spelling: 'Alexei Navalny' },
      },
    ]);
  });
});

describe('name-spelling en>ru', () => {
  it('passes the Cyrillic name in any case', () => {
    expect(
      enRu("Navalny's Anti-Corruption Foundation", 'Фонд борьбы с коррупцией Навального', [
        navalny,
      ]),
    ).toEqual([]);
    expect(enRu('Alexei Navalny died', 'Алексей Навальный умер', [navalny])).toEqual([]);
    expect(enRu('with Vladimir Kara-Murza', 'с Владимиром Кара-Мурзой', [kara])).toEqual([]);
  });

  it('passes the surname alone in Russian', () => {
    expect(enRu('Alexei Navalny died', 'Навальный умер', [navalny])).toEqual([]);
    expect(enRu('Vladimir Kara-Murza was freed', 'Кара-Мурзу освободили', [kara])).toEqual([]);
  });

  it('reports a name left in Latin letters, naming the word', () => {
    expect(enRu('Navalny died', 'Navalny умер', [navalny])).toEqual([
      {
        check: 'name-spelling',
        severity: 'warning',
        messageKey: 'qa:name-spelling.latin',
        params: { name: 'Алексей Навальный', spelling: 'Алексей Навальный', found: 'Navalny' },
      },
    ]);
    expect(enRu('Putin can be re-elected.', 'Putin может снова избираться.', [putinEn])).toEqual([
      {
        check: 'name-spelling',
        severity: 'warning',
        messageKey: 'qa:name-spelling.latin',
        params: { name: 'Putin', spelling: 'Владимир Путин', found: 'Putin' },
      },
    ]);
    expect(enRu("Putin's decree", 'Указ Putin’s', [putinEn])[0]?.params.found).toBe('Putin’s');
  });

  it('passes a name given in Russian with the Latin spelling beside it', () => {
    expect(enRu('Putin signed it.', 'Путин (Putin) подписал его.', [putinEn])).toEqual([]);
  });

  it('passes every case form of the listed name, by its gender', () => {
    expect(
      enRu(
        "Navalny's widow Yulia Navalnaya continues his work.",
        'Вдова Навального Юлия Навальная продолжает его дело.',
        [navalnyEn, yulia],
      ),
    ).toEqual([]);
    for (const target of [
      'Письмо Юлии Навальной прочитали вслух.',
      'С Юлией Навальной встретились депутаты.',
      'Юлию Навальную пригласили в Мюнхен.',
    ])
      expect(enRu('Yulia Navalnaya', target, [yulia]), target).toEqual([]);
    expect(enRu('Khodorkovsky said', 'Ходорковскому сказали', [khodorkovsky])).toEqual([]);
    expect(enRu('Putin said', 'По словам Путина', [putinEn])).toEqual([]);
  });

  it('reports a misspelling that is no case form of the name, beside another listed name', () => {
    expect(
      enRu(
        "Navalny's widow Yulia Navalnaya continues his work.",
        'Вдова Навального Юлия Навальнайа продолжает его дело.',
        [navalnyEn, yulia],
      )[0]?.params.found,
    ).toBe('Навальнайа');
    expect(
      enRu('Yulia Navalnaya spoke.', 'Юлия Навальный выступила.', [yulia])[0]?.params.found,
    ).toBe('Навальный');
    expect(
      enRu('Mikhail Khodorkovsky lives in London.', 'Михаил Ходорковски живёт в Лондоне.', [
        khodorkovsky,
      ])[0]?.params.found,
    ).toBe('Ходорковски');
  });

  it('reports a back-transliteration that differs from the name list', () => {
    expect(enRu('Navalny died', 'Навални умер', [navalny])[0]?.params.found).toBe('Навални');
  });
});
