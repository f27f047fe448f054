import type { ExplainerKind } from '../notes/explainer-input.rules.js';
import type { ExplainerTextDto } from '../notes/explainer.dto.js';

/**
 * Explainers for the demo glossary, each written in English and Russian. Sources are laws and
 * court decisions identified by issuer and date: no address is given rather than a guessed one.
 */
export interface DemoExplainer {
  slug: string;
  kind: ExplainerKind;
  versions: { en: ExplainerTextDto; ru: ExplainerTextDto };
  /** The `term`s of DEMO_GLOSSARY that point at it. */
  glossaryTerms: string[];
}

const LAW_121_FZ = {
  en: {
    title:
      'Federal Law No. 121-FZ of 20 July 2012 “On amendments to certain legislative acts of the Russian Federation regarding the regulation of activities of non-commercial organisations performing the functions of a foreign agent”',
    publisher: 'Russian Federation',
  },
  ru: {
    title:
      'Федеральный закон от 20.07.2012 № 121-ФЗ «О внесении изменений в отдельные законодательные акты Российской Федерации в части регулирования деятельности некоммерческих организаций, выполняющих функции иностранного агента»',
    publisher: 'Российская Федерация',
  },
  date: '2012-07-20',
};

const LAW_255_FZ = {
  en: {
    title:
      'Federal Law No. 255-FZ of 14 July 2022 “On control over the activities of persons under foreign influence”',
    publisher: 'Russian Federation',
  },
  ru: {
    title:
      'Федеральный закон от 14.07.2022 № 255-ФЗ «О контроле за деятельностью лиц, находящихся под иностранным влиянием»',
    publisher: 'Российская Федерация',
  },
  date: '2022-07-14',
};

const MEMORIAL_LIQUIDATION = {
  en: {
    title:
      'Decision of the Supreme Court of the Russian Federation of 28 December 2021 to liquidate the International Memorial Society',
    publisher: 'Supreme Court of the Russian Federation',
  },
  ru: {
    title:
      'Решение Верховного суда Российской Федерации от 28 декабря 2021 года о ликвидации Международного общества «Мемориал»',
    publisher: 'Верховный суд Российской Федерации',
  },
  date: '2021-12-28',
};

const source = (s: typeof LAW_121_FZ, language: 'en' | 'ru') => ({
  ...s[language],
  date: s.date,
  primary: true,
});

export const DEMO_EXPLAINERS: DemoExplainer[] = [
  {
    slug: 'foreign-agent',
    kind: 'legal-term',
    glossaryTerms: ['иностранный агент', 'foreign agent'],
    versions: {
      en: {
        title: 'Foreign agent',
        shortText:
          '“Foreign agent” is a status under Russian law. Since 2012 non-commercial organisations, and later also media outlets and individuals, have been designated foreign agents. Those designated must label what they publish as coming from a foreign agent and face extra reporting and inspections. Since a law of 2022, being “under foreign influence” is enough for the status.',
        longText:
          'The status was introduced by Federal Law No. 121-FZ of 20 July 2012 for non-commercial organisations that received money from abroad and engaged in what the law called political activity. Such organisations had to be entered in a register and to label the materials they published or distributed as coming from an organisation performing the functions of a foreign agent.\n\nThe status was later extended to media outlets and to individuals. Federal Law No. 255-FZ of 14 July 2022, “On control over the activities of persons under foreign influence”, brought the rules together: foreign funding is no longer required, support from abroad or being “under foreign influence” in other forms is enough.\n\nIn Russian, the status is often shortened to *иноагент*.',
        asOf: '2024-11',
        sources: [source(LAW_121_FZ, 'en'), source(LAW_255_FZ, 'en')],
      },
      ru: {
        title: 'Иностранный агент',
        shortText:
          '«Иностранный агент» — статус по российскому законодательству. С 2012 года им наделяют некоммерческие организации, а позже также СМИ и частных лиц. Признанные иностранными агентами обязаны маркировать свои материалы как исходящие от иностранного агента, сдавать дополнительную отчётность и проходить проверки. По закону 2022 года для этого статуса достаточно находиться «под иностранным влиянием».',
        longText:
          'Статус ввёл Федеральный закон от 20 июля 2012 года № 121-ФЗ для некоммерческих организаций, которые получали деньги из-за рубежа и занимались тем, что закон называл политической деятельностью. Такие организации вносились в реестр и должны были помечать публикуемые и распространяемые материалы как исходящие от организации, выполняющей функции иностранного агента.\n\nПозже статус распространили на СМИ и на частных лиц. Федеральный закон от 14 июля 2022 года № 255-ФЗ «О контроле за деятельностью лиц, находящихся под иностранным влиянием» свёл правила вместе: иностранное финансирование больше не требуется, достаточно поддержки из-за рубежа или «иностранного влияния» в иных формах.\n\nВ разговорной речи статус часто сокращают до *иноагент*.',
        asOf: '2024-11',
        sources: [source(LAW_121_FZ, 'ru'), source(LAW_255_FZ, 'ru')],
      },
    },
  },
  {
    slug: 'memorial',
    kind: 'organisation',
    glossaryTerms: ['Мемориал'],
    versions: {
      en: {
        title: 'Memorial',
        shortText:
          'Memorial, founded in 1989, documented political repression in the Soviet Union, kept the memory of its victims and worked for human rights in Russia. International Memorial was designated a “foreign agent” in 2016. On 28 December 2021 the Supreme Court of Russia ordered its liquidation.',
        longText:
          'Memorial grew out of the movement, in the late 1980s, to remember the victims of Soviet political terror; it was founded in 1989. It collected testimonies and archives of repression and worked for human rights in today’s Russia.\n\nIn 2016 the International Memorial Society was designated a “foreign agent” and had to label its materials accordingly. On 28 December 2021 the Supreme Court of the Russian Federation ordered the International Memorial Society to be liquidated.',
        asOf: '2024-11',
        sources: [source(MEMORIAL_LIQUIDATION, 'en'), source(LAW_121_FZ, 'en')],
      },
      ru: {
        title: 'Мемориал',
        shortText:
          '«Мемориал», основанный в 1989 году, документировал политические репрессии в СССР, хранил память об их жертвах и защищал права человека в России. В 2016 году Международный «Мемориал» признали «иностранным агентом». 28 декабря 2021 года Верховный суд России постановил его ликвидировать.',
        longText:
          '«Мемориал» вырос из движения конца 1980-х годов за память о жертвах советского политического террора и был основан в 1989 году. Он собирал свидетельства и архивы о репрессиях и защищал права человека в современной России.\n\nВ 2016 году Международное общество «Мемориал» признали «иностранным агентом», и оно было обязано соответствующим образом маркировать свои материалы. 28 декабря 2021 года Верховный суд Российской Федерации постановил ликвидировать Международное общество «Мемориал».',
        asOf: '2024-11',
        sources: [source(MEMORIAL_LIQUIDATION, 'ru'), source(LAW_121_FZ, 'ru')],
      },
    },
  },
];
