import type { InitiativeDto } from '../sources/initiative.dto.js';
import type { TimelineEventDto } from '../timeline/timeline.dto.js';

/*
 * Demo content built from the facts of the seed page (shared/seed): its four dated timeline
 * events and its statement of stand, in English as published and in our Russian translation.
 * Demo URLs use example.org, a domain reserved for examples: nothing here invents a real address.
 */

export const SEED_TIMELINE: TimelineEventDto[] = [
  {
    date: '2020-01-31',
    precision: 'day',
    titleEn: '',
    titleRu: '',
    summaryEn: 'Covid appears in Russia.',
    summaryRu: 'В России появляется ковид.',
    tags: ['covid'],
  },
  {
    date: '2020-07-01',
    precision: 'day',
    titleEn: '',
    titleRu: '',
    summaryEn:
      'Putin is safe: he can be re-elected again. The local government has no power; marriage is only between a man and a woman.',
    summaryRu:
      'Путин в безопасности: его можно переизбирать снова. У местного самоуправления нет власти, брак — только союз мужчины и женщины.',
    tags: ['constitution'],
  },
  {
    date: '2021-12-21',
    precision: 'day',
    titleEn: 'No warrant needed',
    titleRu: 'Ордер не нужен',
    summaryEn: 'The Russian police from now on can search homes and cars with no warrant.',
    summaryRu: 'Российская полиция отныне может обыскивать дома и машины без ордера.',
    tags: ['police', 'repressive-laws'],
  },
  {
    date: '2021-12-28',
    precision: 'day',
    titleEn: 'Memorial closure',
    titleRu: 'Ликвидация «Мемориала»',
    summaryEn:
      'An NGO dedicated to preserving the memory of the victims of Stalin is closed under the foreign agent law.',
    summaryRu:
      'НКО, которая сохраняет память о жертвах сталинских репрессий, закрывают по закону об иностранных агентах.',
    tags: ['foreign-agents', 'memorial', 'repressive-laws'],
  },
];

export const SEED_STAND = {
  en: {
    title: 'Our stand on the Russian invasion of Ukraine',
    body: `Usually, having a dialogue helps to make a considered decision. However, the regime has been gradually destroying all sorts of opposite views on Russia – be it an internal political opposition, free media, or various international connections.

Externally, from a subtle hybrid intervention in Georgia and Donetsk, the Putin regime started a real war, ending any dialogue with Ukraine along with the West.

Internally, they closed almost all the independent media and non-commercial organisations that did not play the main tune.

Right after the war started, Echo of Moscow was closed. Meduza, Dozhd, along with many of the free media, were blocked. The very word *war* is banned: it may put one into jail for up to 15 years. Somebody already has their 7 years.

## Our stand

**Russia started the war against Ukraine.** This war has been happening since 2014. It only intensified on 24 February 2022. Millions of Ukrainians are suffering. The perpetrators must be brought to justice for their crimes.

**The Russian regime tries to silence its liberal voices.** Russian people against the war exist, and the Russian regime tries its best to silence them. We want to prevent that and make their voices heard.

**Connection is crucial.** The Russian liberal initiatives are at times hard to read for the European public. The legal, social and historical context of Russia is not always clear. We want to share information, build bridges and connect liberal Russia with the West.

**We believe in dialogue, not isolation.** The opposition in Russia will not be able to change anything without the support of the democratic world. We also believe that the dialogue should go both ways.

**The choice is yours.** We understand the anger at the Russian crimes. It is up to you whether you want to listen to the Russian people standing against this.`,
  },
  ru: {
    title: 'Наша позиция по поводу вторжения России в Украину',
    body: `Обычно диалог помогает принять взвешенное решение. Однако режим постепенно уничтожает любые несогласные взгляды на Россию — будь то внутренняя политическая оппозиция, свободные СМИ или самые разные международные связи.

Вовне путинский режим перешёл от скрытого гибридного вмешательства в Грузии и Донецке к настоящей войне, оборвав всякий диалог с Украиной, а заодно и с Западом.

Внутри страны закрыты почти все независимые СМИ и некоммерческие организации, которые не играли по общим нотам.

Сразу после начала войны закрыли «Эхо Москвы». «Медузу», «Дождь» и многие другие свободные СМИ заблокировали. Само слово *война* под запретом: за него можно получить до 15 лет заключения. Кто-то уже получил свои 7 лет.

## Наша позиция

**Россия начала войну против Украины.** Эта война идёт с 2014 года. 24 февраля 2022 года она лишь стала интенсивнее. Миллионы украинцев страдают. Виновные должны ответить за свои преступления.

**Российский режим пытается заставить замолчать либеральные голоса.** Россияне, выступающие против войны, существуют, и режим делает всё, чтобы их не было слышно. Мы хотим этому помешать и сделать их голоса слышными.

**Связь необходима.** Российские либеральные инициативы порой трудно понять европейской публике. Правовой, социальный и исторический контекст России не всегда ясен. Мы хотим делиться информацией, строить мосты и связывать либеральную Россию с Западом.

**Мы верим в диалог, а не в изоляцию.** Оппозиция в России ничего не сможет изменить без поддержки демократического мира. И мы считаем, что диалог должен идти в обе стороны.

**Выбор за вами.** Мы понимаем гнев из-за преступлений России. Вам решать, хотите ли вы услышать россиян, которые выступают против этого.`,
  },
} as const;

export const DEMO_ACCOUNTS = [
  { handle: 'demo-admin', roles: ['admin'], languagePairs: [] },
  { handle: 'demo-editor', roles: ['editor', 'reviewer'], languagePairs: ['ru>en', 'en>ru'] },
  { handle: 'demo-reviewer', roles: ['reviewer'], languagePairs: ['ru>en', 'en>ru'] },
  { handle: 'demo-translator', roles: ['translator'], languagePairs: ['ru>en', 'en>ru'] },
  { handle: 'demo-translator-2', roles: ['translator'], languagePairs: ['ru>en'] },
] as const;

/** The seed page's authors, shown as a demo initiative; example.org is reserved for examples. */
export const DEMO_INITIATIVE: InitiativeDto = {
  nameOriginal: 'Мосты (демо)',
  nameEn: 'Bridges demo initiative',
  slug: 'bridges-demo',
  siteUrl: 'https://example.org/',
  descriptionEn:
    'The initiative behind the seed page of this demo: a timeline of repressive laws and a statement of stand.',
  descriptionRu:
    'Инициатива, стоящая за исходной страницей этого демо: хроника репрессивных законов и заявление о позиции.',
  defaultLicence: 'CC-BY-4.0',
  undesirable: false,
  foreignAgent: false,
};

/** Demo source texts, keyed so timeline events can point at them. */
export const DEMO_SOURCES = {
  memorial: {
    language: 'ru' as const,
    kind: 'news' as const,
    title: 'Верховный суд ликвидировал «Мемориал»',
    body: `28 декабря 2021 г. Верховный суд России постановил ликвидировать Международное общество «Мемориал».

Организация десятилетиями сохраняла память о жертвах сталинских репрессий.

Поводом стал закон об «иностранных агентах»: прокуратура заявила, что «Мемориал» не маркировал свои материалы так, как этого требует закон.`,
    originalUrl: 'https://example.org/news/memorial-closure',
    publishedDate: '2021-12-28',
    tags: ['memorial', 'foreign-agents'],
  },
  police: {
    language: 'ru' as const,
    kind: 'news' as const,
    title: 'Ордер не нужен',
    body: `С 21 декабря 2021 г. российская полиция может обыскивать дома и машины без ордера.`,
    originalUrl: 'https://example.org/news/no-warrant',
    publishedDate: '2021-12-21',
    tags: ['police'],
  },
  echo: {
    language: 'ru' as const,
    kind: 'news' as const,
    title: 'Закрытие «Эха Москвы»',
    body: `Сразу после начала войны закрыли «Эхо Москвы».

«Медузу», «Дождь» и многие другие свободные СМИ заблокировали.`,
    originalUrl: 'https://example.org/news/echo',
    tags: ['media'],
  },
  stand: {
    language: 'en' as const,
    kind: 'statement' as const,
    title: SEED_STAND.en.title,
    body: SEED_STAND.en.body,
    originalUrl: 'https://example.org/our-stand',
    tags: ['statement'],
  },
};

/**
 * The demo's published translation: the Memorial news (ru→en), with a note for readers. Its
 * terms «Мемориал» and «иностранных агентах» carry the demo explainers.
 */
export const DEMO_MEMORIAL_TRANSLATION = {
  units: [
    'The Supreme Court liquidated Memorial',
    'On 28 December 2021 the Supreme Court of Russia ordered the liquidation of the International Memorial Society.',
    "For decades the organisation preserved the memory of the victims of Stalin's repressions.",
    'The pretext was the law on “foreign agents”: the prosecutor’s office claimed that Memorial did not label its materials as the law requires.',
  ],
  footnotes: [
    {
      unit: 2,
      quote: 'victims of Stalin',
      note: 'Memorial kept databases of people persecuted in the Soviet Union and documented political repression in Russia today.',
    },
    {
      unit: 3,
      quote: 'label its materials',
      note: 'Organisations designated “foreign agents” must mark what they publish with a mandated notice.',
    },
  ],
};

/** Which demo text each seed event's "Read more" opens (by summary, as events have no keys). */
export const DEMO_TIMELINE_LINKS: Record<string, (keyof typeof DEMO_SOURCES)[]> = {
  '2021-12-21': ['police'],
  '2021-12-28': ['memorial'],
};
