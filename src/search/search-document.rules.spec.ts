import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import {
  indexedText,
  searchColumns,
  searchableStems,
  searchableText,
  TITLE_STEM_REPEAT,
} from './search-document.rules.js';

describe('searchableText', () => {
  it('keeps words in normal form and drops punctuation', () => {
    expect(searchableText('«Ёлка» у ОВД-Инфо,  Navalny’s\u00a0team!')).toBe(
      'елка у овд-инфо navalny’s team',
    );
  });

  it('composes decomposed letters so they match typed queries', () => {
    expect(searchableText('Café Й')).toBe(searchableText('Cafe\u0301 И\u0306'));
    expect(searchableText('Й')).toBe('й');
  });

  it('is empty for a text without words', () => {
    expect(searchableText(' — !!! 🙂 ')).toBe('');
  });
});

describe('searchableStems', () => {
  it('stems each word with the stemmer of its script', () => {
    expect(searchableStems('Организации признаны иноагентами; organisations')).toBe(
      'организац призна иноагент organis',
    );
  });

  it('gives inflected forms the same stems', () => {
    expect(searchableStems('Навального организациями')).toBe(
      searchableStems('Навальный организации'),
    );
  });
});

describe('indexedText', () => {
  it('keeps case and punctuation for snippets, folds ё and drops stress marks', () => {
    expect(indexedText('«Ёлка» и\u00a0ёж —  Мемо\u0301риал\n\nВсё.')).toBe(
      '«Елка» и еж — Мемориал Все.',
    );
  });

  it('composes letters and joins words split by soft hyphens', () => {
    expect(indexedText('И\u0306од орга\u00adнизация')).toBe('Йод организация');
  });

  it('removes control characters, so snippet markers cannot come from the text', () => {
    expect(indexedText('a\u0002b\u0003c\u0000d')).toBe('a b c d');
  });
});

describe('searchColumns', () => {
  it('puts the title stems first, repeated, then the stems of the text', () => {
    const columns = searchColumns('Суды', 'Организации «Мемориал»');
    expect(columns.title).toBe('Суды');
    expect(columns.text).toBe('Организации «Мемориал»');
    expect(columns.stems).toBe(`${'суд '.repeat(TITLE_STEM_REPEAT)}организац мемориа`);
  });

  it('has no stray spaces when title or text is empty', () => {
    expect(searchColumns('', 'Суд').stems).toBe('суд');
    expect(searchColumns('Суд', '').stems).toBe(Array(TITLE_STEM_REPEAT).fill('суд').join(' '));
  });
});

describe('indexedText under the FTS5 unicode61 tokenizer', () => {
  const db = new Database(':memory:');
  afterAll(() => db.close());
  db.exec("CREATE VIRTUAL TABLE docs USING fts5(text, tokenize = 'unicode61 remove_diacritics 0')");
  db.exec("CREATE VIRTUAL TABLE terms USING fts5vocab(docs, 'instance')");
  const tokens = (text: string) => {
    db.exec('DELETE FROM docs');
    db.prepare('INSERT INTO docs (rowid, text) VALUES (1, ?)').run(text);
    return db
      .prepare<[], { term: string }>('SELECT term FROM terms ORDER BY offset')
      .all()
      .map((row) => row.term);
  };

  // Emoji become tokens of their own too, which no query built from words() can ask for.
  const wordTokens = (text: string) => tokens(text).filter((t) => /[\p{L}\p{N}]/u.test(t));

  it('gives the tokens of the normal form', () => {
    for (const text of [
      'Верховный суд ликвидировал «Мемориал» 28.12.2021 — ЁЛКА, Ёж!',
      "ОВД-Инфо: Navalny’s team don't (ст. 20.3.3 КоАП)",
      'Café Й 🙂 x2 ½',
      'Мемо\u0301риал и орга\u00adнизация',
    ]) {
      expect(wordTokens(indexedText(text)), text).toEqual(
        tokens(searchableText(indexedText(text))),
      );
    }
  });
});
