import { describe, expect, it } from 'vitest';
import { findUrls, urlMismatchCheck } from './urls.rules.js';

const check = (source: string, target: string) =>
  urlMismatchCheck.run({ sourceLanguage: 'ru', targetLanguage: 'en', source, target });

describe('findUrls', () => {
  it('leaves out the punctuation of the sentence and unbalanced brackets', () => {
    expect(
      findUrls('Подробнее: https://memohrc.org/ru/news. (см. также https://ovd.info/a)').map(
        (u) => u.url,
      ),
    ).toEqual(['https://memohrc.org/ru/news', 'https://ovd.info/a']);
  });

  it('keeps brackets that belong to the URL and URLs inside Russian quotes', () => {
    expect(
      findUrls('«https://en.wikipedia.org/wiki/Memorial_(society)»').map((u) => u.url),
    ).toEqual(['https://en.wikipedia.org/wiki/Memorial_(society)']);
  });

  it('finds www addresses without a scheme', () => {
    expect(findUrls('на сайте www.novayagazeta.eu').map((u) => u.url)).toEqual([
      'www.novayagazeta.eu',
    ]);
  });
});

describe('url-mismatch', () => {
  it('passes the same links, whatever the scheme, host case or trailing slash', () => {
    expect(
      check(
        'Читайте на https://Meduza.io/feature/2022/03/01/ и www.ovd.info',
        'Read it at http://meduza.io/feature/2022/03/01 and https://ovd.info/',
      ),
    ).toEqual([]);
  });

  it('reports links missing from the translation and links added to it', () => {
    expect(
      check('Заявление: https://memopzk.org/news/1', 'Statement: https://memopzk.org/news/2'),
    ).toEqual([
      {
        check: 'url-mismatch',
        severity: 'error',
        messageKey: 'qa:url-mismatch.missing',
        params: { urls: 'https://memopzk.org/news/1' },
      },
      {
        check: 'url-mismatch',
        severity: 'error',
        messageKey: 'qa:url-mismatch.extra',
        params: { urls: 'https://memopzk.org/news/2' },
      },
    ]);
  });
});
