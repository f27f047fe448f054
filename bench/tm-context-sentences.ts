// Sentences around the trials for the benchmark corpus: the state's registers and laws, the
// police, organisations, statistics and the people concerned.
import { capital, digits, he, one, plural, yearsRu, type Sentence } from './tm-story.js';
import {
  between,
  CITIES,
  CRIMINAL,
  DEMANDS,
  INFORMANTS,
  MONTHS_EN,
  MONTHS_RU,
  ORGS,
  pick,
  PLACES,
  RELATIVES,
  REPORTS,
  ROLES,
  WORKPLACES,
} from './tm-vocabulary.js';

export const CONTEXT_SENTENCES: Sentence[] = [
  (s) => {
    const [, , acc, en] = pick(s.random, ORGS);
    return one(
      s,
      [
        `Минюст внёс ${acc} в реестр иностранных агентов ${s.day} ${MONTHS_RU[s.month]}.`,
        `The Ministry of Justice added ${en} to the register of foreign agents on ${s.day} ${MONTHS_EN[s.month]}.`,
      ],
      [
        `В пятницу Министерство юстиции пополнило реестр «иноагентов», включив в него ${acc}.`,
        `On Friday the Ministry of Justice expanded its "foreign agents" register to include ${en}.`,
      ],
    );
  },
  (s) => {
    const [, , acc, en] = pick(s.random, ORGS);
    return one(
      s,
      [
        `Генпрокуратура признала ${acc} нежелательной организацией, и любое участие в её работе теперь грозит уголовным делом.`,
        `The Prosecutor General's Office declared ${en} an undesirable organisation, and any involvement in its work now risks criminal charges.`,
      ],
      [
        `Решение признать ${acc} «нежелательной» Генпрокуратура объяснила угрозой основам конституционного строя.`,
        `The Prosecutor General's Office said it had declared ${en} "undesirable" because it threatened the constitutional order.`,
      ],
    );
  },
  (s) => {
    const [, gen, , en] = pick(s.random, ORGS);
    const [num] = pick(s.random, CRIMINAL);
    const cases = between(s.random, 12, 2400);
    return [
      `По данным ${gen}, с ${one(s, ['начала войны', 'the start of the war'], ['февраля 2022 года', 'February 2022'])[0]} число уголовных дел по статье ${num} УК достигло ${digits(cases, ' ')}.`,
      `According to ${en}, at least ${digits(cases, ',')} criminal cases have been opened under Article ${num} of the Criminal Code.`,
    ];
  },
  (s) => {
    const [placeRu, placeEn] = pick(s.random, PLACES);
    const people = between(s.random, 5, 180);
    return one(
      s,
      [
        `В ${s.city.prep} полиция задержала ${people} ${plural(people, 'человека', 'человек', 'человек')}, которые пришли ${placeRu} с цветами.`,
        `In ${s.city.en}, police detained ${people} people who came to ${placeEn} with flowers.`,
      ],
      [
        `Задержания начались через несколько минут после того, как первые горожане пришли ${placeRu}; всего в автозаки посадили ${people} ${plural(people, 'человека', 'человек', 'человек')}.`,
        `Arrests began minutes after the first residents came to ${placeEn}; ${people} people were put into police vans.`,
      ],
    );
  },
  (s) => {
    const [, gen, , en] = pick(s.random, ORGS);
    const other = pick(s.random, CITIES);
    const staff = between(s.random, 2, 14);
    return [
      `Обыски прошли у ${staff} ${plural(staff, 'сотрудника', 'сотрудников', 'сотрудников')} ${gen} в ${s.city.prep} и ${other.prep}, изъяты ${one(s, ['телефоны и ноутбуки', ''], ['архивы и жёсткие диски', ''], ['деньги и документы', ''])[0]}.`,
      `Police searched the homes of ${staff} staff members of ${en} in ${s.city.en} and ${other.en} and seized equipment and papers.`,
    ];
  },
  (s) => [
    `Росфинмониторинг внёс ${s.person.acc} в перечень террористов и экстремистов, счета ${he(s, 'его', 'её')} семьи заблокированы.`,
    `Rosfinmonitoring added ${s.person.en} to its list of terrorists and extremists, and the family's bank accounts were frozen.`,
  ],
  (s) => [
    `Протокол составил сотрудник центра «Э» ${s.city.gen}, который задержал ${he(s, 'его', 'её')} у подъезда.`,
    `The report was drawn up by an officer of the anti-extremism centre in ${s.city.en}, who detained ${s.person.en} outside the block of flats.`,
  ],
  (s) => {
    const [whoRu, whoEn] = pick(s.random, INFORMANTS);
    return [
      `Уголовное дело против ${s.person.gen} возбудили после доноса ${whoRu}.`,
      `The criminal case against ${s.person.en} was opened after a denunciation by ${whoEn}.`,
    ];
  },
  (s) => {
    const [nom, gen, , en] = pick(s.random, ORGS);
    const trials = between(s.random, 20, 900);
    return [
      `${capital(nom)} помогает задержанным: юристы ${gen} участвовали в ${trials} ${plural(trials, 'процессе', 'процессах', 'процессах')} в ${s.year} году.`,
      `${capital(en)} helps detainees: its lawyers took part in ${trials} trials in ${s.year}.`,
    ];
  },
  (s) => [
    `В ${s.year} году ${s.person.nom} ${he(s, 'уехал', 'уехала')} из ${s.city.gen}, но ${he(s, 'вернулся', 'вернулась')}, чтобы ухаживать за матерью.`,
    `In ${s.year}, ${s.person.en} left ${s.city.en} but came back to care for their mother.`,
  ],
  (s) => {
    const people = between(s.random, 30, 4000);
    return [
      `Всего, по подсчётам правозащитников, в ${s.city.prep} с ${s.year} года преследованиям ${plural(people, 'подвергся', 'подверглись', 'подверглись')} ${digits(people, ' ')} ${plural(people, 'человек', 'человека', 'человек')}.`,
      `Human rights defenders count ${digits(people, ',')} people persecuted in ${s.city.en} since ${s.year}.`,
    ];
  },
  (s) => {
    const [, gen, , en] = pick(s.random, ORGS);
    return [
      `Роскомнадзор заблокировал сайт ${gen} по требованию Генпрокуратуры, сославшись на «недостоверную информацию».`,
      `Roskomnadzor blocked the website of ${en} at the request of the Prosecutor General's Office, citing "unreliable information".`,
    ];
  },
  (s) => {
    const role = pick(s.random, ROLES);
    const [whereRu, whereEn] = pick(s.random, WORKPLACES);
    const years = between(s.random, 3, 30);
    return [
      `${s.person.nom} — ${role[s.person.female ? 2 : 0]} из ${s.city.gen}, ${he(s, 'он', 'она')} ${he(s, 'работал', 'работала')} ${whereRu} больше ${years} лет.`,
      `${s.person.en} is a ${role[4]} from ${s.city.en} who worked ${whereEn} for more than ${years} years.`,
    ];
  },
  (s) => {
    const [, gen, , en] = pick(s.random, ORGS);
    const [aboutRu, aboutEn] = pick(s.random, REPORTS);
    const interviews = between(s.random, 40, 600);
    return [
      `В ${s.year} году вышел доклад ${gen} ${aboutRu}, основанный на ${interviews} интервью.`,
      `In ${s.year}, ${en} published a report ${aboutEn} based on ${interviews} interviews.`,
    ];
  },
  (s) => {
    const [relativeRu, relativeEn] = pick(s.random, RELATIVES);
    return [
      `${relativeRu} ${s.person.gen} рассказала, что последний раз ${he(s, 'его', 'её')} видели ${s.day} ${MONTHS_RU[s.month]}, а передачи в СИЗО не принимают.`,
      `The ${relativeEn} of ${s.person.en} said they last saw them on ${s.day} ${MONTHS_EN[s.month]} and that parcels are refused.`,
    ];
  },
  (s) => {
    const [demandRu, demandEn] = pick(s.random, DEMANDS);
    return [
      `${s.person.nom} ${he(s, 'объявил', 'объявила')} голодовку, требуя ${demandRu}.`,
      `${s.person.en} went on hunger strike, demanding ${demandEn}.`,
    ];
  },
  (s) => {
    const years = between(s.random, 3, 15);
    const [num, ru, en] = pick(s.random, CRIMINAL);
    return [
      `Госдума ужесточила статью ${num} УК (${ru}): теперь по ней грозит до ${years} ${yearsRu(years, false)} лишения свободы.`,
      `The State Duma toughened Article ${num} of the Criminal Code (${en}): it now carries up to ${years} years in prison.`,
    ];
  },
];
