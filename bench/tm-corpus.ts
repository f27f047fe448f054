// Deterministic generator of Russian news paragraphs with their English translations, for
// the translation-memory benchmark. Each sentence kind has several phrasings and draws its
// people, places, dates, articles and numbers afresh, so that two paragraphs share phrases,
// as real news does, without being near-duplicates.
import iuliia from 'iuliia';
import {
  ADMIN, between, CITIES, CRIMINAL, DELAYS, DEMANDS, DISTRICTS, INFORMANTS, MONTHS_EN, MONTHS_RU,
  ORGS, pick, PLACES, QUOTED, randomPerson, REASONS, RELATIVES, REPORTS, ROLES, WORKPLACES,
  type Person, type Random,
} from './tm-vocabulary.js';

export { seededRandom } from './tm-vocabulary.js';

/** What one paragraph is about: its sentences share it, as in real news. */
interface Story {
  random: Random;
  person: Person;
  city: (typeof CITIES)[number];
  court: { nom: string; en: string };
  day: number;
  month: number;
  year: number;
}

type Pair = [string, string];
type Sentence = (s: Story) => Pair;

const one = (s: Story, ...options: Pair[]): Pair => pick(s.random, options);
const he = (s: Story, male: string, female: string) => (s.person.female ? female : male);
const digits = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);
const dateRu = (s: Story) => `${s.day} ${MONTHS_RU[s.month]} ${s.year} года`;
const dateEn = (s: Story) => `${s.day} ${MONTHS_EN[s.month]} ${s.year}`;

/** The Russian noun form for a count: one (1, 21), few (2–4, 22–24) or many. */
function plural(n: number, one: string, few: string, many: string): string {
  if (n % 10 === 1 && n % 100 !== 11) return one;
  return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? few : many;
}

function yearsRu(n: number, dative: boolean): string {
  return dative ? plural(n, 'году', 'годам', 'годам') : plural(n, 'год', 'года', 'лет');
}

/** An optional tail that says where the news comes from. */
function attribution(s: Story): Pair {
  const [nom, , , en] = pick(s.random, ORGS);
  return one(s, ['', ''], ['', ''], [`, сообщает ${nom}`, `, ${en} reports`], [`, передаёт корреспондент из ${s.city.gen}`, `, a correspondent in ${s.city.en} reports`]);
}

const SENTENCES: Sentence[] = [
  (s) => {
    const [num, ru, en] = pick(s.random, ADMIN);
    const role = pick(s.random, ROLES);
    const [whyRu, whyEn] = pick(s.random, REASONS);
    const fine = between(s.random, 3, 40) * 5000;
    const [tailRu, tailEn] = attribution(s);
    const [headRu, headEn] = one(
      s,
      [`${dateRu(s)} ${s.court.nom} оштрафовал ${role[s.person.female ? 3 : 1]} ${s.person.acc} на ${digits(fine, ' ')} рублей`, `On ${dateEn(s)}, the ${s.court.en} fined ${role[4]} ${s.person.en} ${digits(fine, ',')} roubles`],
      [`Суд в ${s.city.prep} назначил ${s.person.dat} штраф в ${digits(fine, ' ')} рублей`, `A court in ${s.city.en} fined ${s.person.en} ${digits(fine, ',')} roubles`],
      [`${capital(role[s.person.female ? 2 : 0]!)} из ${s.city.gen} ${s.person.nom} ${he(s, 'получил', 'получила')} штраф ${digits(fine, ' ')} рублей`, `${capital(role[4]!)} ${s.person.en} from ${s.city.en} received a fine of ${digits(fine, ',')} roubles`],
    );
    return [`${headRu} по статье ${num} КоАП (${ru}) ${whyRu}${tailRu}.`, `${headEn} under Article ${num} of the Code of Administrative Offences (${en}) ${whyEn}${tailEn}.`];
  },
  (s) => {
    const [num, ru, en] = pick(s.random, CRIMINAL);
    const years = between(s.random, 2, 22);
    const [regimeRu, regimeEn] = one(s, ['общего', 'general'], ['строгого', 'strict'], ['', '']);
    return one(
      s,
      [`${s.court.nom} приговорил ${s.person.acc} к ${years} ${yearsRu(years, true)} колонии ${regimeRu ? regimeRu + ' режима ' : ''}по статье ${num} УК (${ru}).`, `The ${s.court.en} sentenced ${s.person.en} to ${years} years in a ${regimeEn ? regimeEn + '-regime ' : ''}penal colony under Article ${num} of the Criminal Code (${en}).`],
      [`Суд признал ${s.person.acc} ${he(s, 'виновным', 'виновной')} по статье ${num} УК и назначил ${years} ${yearsRu(years, false)} лишения свободы.`, `The court found ${s.person.en} guilty under Article ${num} of the Criminal Code and imposed ${years} years in prison.`],
      [`${s.person.nom} ${he(s, 'получил', 'получила')} ${years} ${yearsRu(years, false)} по делу, которое следствие квалифицировало как ${ru}.`, `${s.person.en} was given ${years} years in a case the investigators classed as ${en}.`],
    );
  },
  (s) => {
    const [, , acc, en] = pick(s.random, ORGS);
    return one(
      s,
      [`Минюст внёс ${acc} в реестр иностранных агентов ${s.day} ${MONTHS_RU[s.month]}.`, `The Ministry of Justice added ${en} to the register of foreign agents on ${s.day} ${MONTHS_EN[s.month]}.`],
      [`В пятницу Министерство юстиции пополнило реестр «иноагентов», включив в него ${acc}.`, `On Friday the Ministry of Justice expanded its "foreign agents" register to include ${en}.`],
    );
  },
  (s) => {
    const [, , acc, en] = pick(s.random, ORGS);
    return one(
      s,
      [`Генпрокуратура признала ${acc} нежелательной организацией, и любое участие в её работе теперь грозит уголовным делом.`, `The Prosecutor General's Office declared ${en} an undesirable organisation, and any involvement in its work now risks criminal charges.`],
      [`Решение признать ${acc} «нежелательной» Генпрокуратура объяснила угрозой основам конституционного строя.`, `The Prosecutor General's Office said it had declared ${en} "undesirable" because it threatened the constitutional order.`],
    );
  },
  (s) => {
    const [, gen, , en] = pick(s.random, ORGS);
    const [num] = pick(s.random, CRIMINAL);
    const cases = between(s.random, 12, 2400);
    return [`По данным ${gen}, с ${one(s, ['начала войны', 'the start of the war'], ['февраля 2022 года', 'February 2022'])[0]} число уголовных дел по статье ${num} УК достигло ${digits(cases, ' ')}.`, `According to ${en}, at least ${digits(cases, ',')} criminal cases have been opened under Article ${num} of the Criminal Code.`];
  },
  (s) => {
    const [placeRu, placeEn] = pick(s.random, PLACES);
    const people = between(s.random, 5, 180);
    return one(
      s,
      [`В ${s.city.prep} полиция задержала ${people} ${plural(people, 'человека', 'человек', 'человек')}, которые пришли ${placeRu} с цветами.`, `In ${s.city.en}, police detained ${people} people who came to ${placeEn} with flowers.`],
      [`Задержания начались через несколько минут после того, как первые горожане пришли ${placeRu}; всего в автозаки посадили ${people} ${plural(people, 'человека', 'человек', 'человек')}.`, `Arrests began minutes after the first residents came to ${placeEn}; ${people} people were put into police vans.`],
    );
  },
  (s) => {
    const months = between(s.random, 2, 30);
    return [`${s.person.nom} ${he(s, 'провёл', 'провела')} в СИЗО ${months} ${plural(months, 'месяц', 'месяца', 'месяцев')}, ${he(s, 'его', 'её')} жалобы на условия содержания остались без ответа.`, `${s.person.en} spent ${months} months in pre-trial detention, and complaints about the conditions went unanswered.`];
  },
  (s) => {
    const month = (s.month + between(s.random, 1, 5)) % 12;
    return one(
      s,
      [`Апелляцию рассмотрят в ${s.city.prep} не раньше ${MONTHS_RU[month]}.`, `The appeal will be heard in ${s.city.en} no earlier than ${MONTHS_EN[month]}.`],
      [`Защита уже подала апелляционную жалобу; её рассмотрение назначено на ${s.day} ${MONTHS_RU[month]}.`, `The defence has already appealed; the hearing is set for ${s.day} ${MONTHS_EN[month]}.`],
    );
  },
  (s) => {
    const [, gen, , en] = pick(s.random, ORGS);
    const other = pick(s.random, CITIES);
    const staff = between(s.random, 2, 14);
    return [`Обыски прошли у ${staff} ${plural(staff, 'сотрудника', 'сотрудников', 'сотрудников')} ${gen} в ${s.city.prep} и ${other.prep}, изъяты ${one(s, ['телефоны и ноутбуки', ''], ['архивы и жёсткие диски', ''], ['деньги и документы', ''])[0]}.`, `Police searched the homes of ${staff} staff members of ${en} in ${s.city.en} and ${other.en} and seized equipment and papers.`];
  },
  (s) =>
    one(
      s,
      [`${s.person.nom} ${he(s, 'признал', 'признала')} вину частично и ${he(s, 'попросил', 'попросила')} суд о снисхождении.`, `${s.person.en} partly admitted guilt and asked the court for leniency.`],
      [`Вину ${s.person.nom} не ${he(s, 'признал', 'признала')}, назвав дело политическим.`, `${s.person.en} pleaded not guilty, calling the case political.`],
      [`В последнем слове ${s.person.nom} ${he(s, 'сказал', 'сказала')}, что ни о чём не жалеет и снова ${he(s, 'поступил', 'поступила')} бы так же.`, `In a final statement, ${s.person.en} said they regretted nothing and would do the same again.`],
    ),
  (s) => {
    const years = between(s.random, 3, 24);
    return [`Прокурор запрашивал для ${s.person.gen} ${years} ${yearsRu(years, false)} колонии общего режима.`, `The prosecutor had asked for ${years} years in a general-regime penal colony for ${s.person.en}.`];
  },
  (s) => [`Заседание в ${s.city.prep} прошло в закрытом режиме: журналистов и слушателей в зал не пустили.`, `The hearing in ${s.city.en} was held behind closed doors: journalists and members of the public were kept out.`],
  (s) => [`С ${dateRu(s)} ${s.person.nom} находится под домашним арестом и не может пользоваться интернетом.`, `Since ${dateEn(s)}, ${s.person.en} has been under house arrest and barred from using the internet.`],
  (s) => [`Росфинмониторинг внёс ${s.person.acc} в перечень террористов и экстремистов, счета ${he(s, 'его', 'её')} семьи заблокированы.`, `Rosfinmonitoring added ${s.person.en} to its list of terrorists and extremists, and the family's bank accounts were frozen.`],
  (s) => [`Протокол составил сотрудник центра «Э» ${s.city.gen}, который задержал ${he(s, 'его', 'её')} у подъезда.`, `The report was drawn up by an officer of the anti-extremism centre in ${s.city.en}, who detained ${s.person.en} outside the block of flats.`],
  (s) => {
    const [whoRu, whoEn] = pick(s.random, INFORMANTS);
    return [`Уголовное дело против ${s.person.gen} возбудили после доноса ${whoRu}.`, `The criminal case against ${s.person.en} was opened after a denunciation by ${whoEn}.`];
  },
  (s) => {
    const [nom, gen, , en] = pick(s.random, ORGS);
    const trials = between(s.random, 20, 900);
    return [`${capital(nom)} помогает задержанным: юристы ${gen} участвовали в ${trials} ${plural(trials, 'процессе', 'процессах', 'процессах')} в ${s.year} году.`, `${capital(en)} helps detainees: its lawyers took part in ${trials} trials in ${s.year}.`];
  },
  (s) => {
    const fine = between(s.random, 10, 200) * 5000;
    const years = between(s.random, 2, 5);
    return [`Вместо реального срока суд назначил ${s.person.dat} штраф ${digits(fine, ' ')} рублей и запрет администрировать сайты на ${years} ${yearsRu(years, false)}.`, `Instead of prison, the court fined ${s.person.en} ${digits(fine, ',')} roubles and banned them from running websites for ${years} years.`];
  },
  (s) => {
    const lawyer = randomPerson(s.random);
    return [`Адвокат ${lawyer.nom} ${lawyer.female ? 'заявила' : 'заявил'}, что защита обжалует решение, так как экспертизу текста провели с нарушениями.`, `Lawyer ${lawyer.en} said the defence would appeal because the linguistic examination had been carried out improperly.`];
  },
  (s) => {
    const friend = randomPerson(s.random);
    const people = between(s.random, 8, 120);
    return [`В поддержку ${s.person.gen} в суд ${plural(people, 'пришёл', 'пришли', 'пришли')} ${people} ${plural(people, 'человек', 'человека', 'человек')}, среди них ${friend.nom}.`, `${people} supporters of ${s.person.en} came to court, among them ${friend.en}.`];
  },
  (s) => [`В ${s.year} году ${s.person.nom} ${he(s, 'уехал', 'уехала')} из ${s.city.gen}, но ${he(s, 'вернулся', 'вернулась')}, чтобы ухаживать за матерью.`, `In ${s.year}, ${s.person.en} left ${s.city.en} but came back to care for their mother.`],
  (s) => {
    const [num] = pick(s.random, ADMIN);
    const times = between(s.random, 2, 4);
    return [`Ранее ${s.person.acc} уже ${times} раза привлекали к ответственности по статье ${num} КоАП.`, `${s.person.en} had already been prosecuted ${times} times under Article ${num} of the Code of Administrative Offences.`];
  },
  (s) => {
    const judge = randomPerson(s.random);
    return [`Судья ${judge.nom} ${judge.female ? 'отклонила' : 'отклонил'} ходатайство о приобщении к делу заключения независимого лингвиста.`, `Judge ${judge.en} rejected a motion to admit the opinion of an independent linguist.`];
  },
  (s) => {
    const people = between(s.random, 30, 4000);
    return [`Всего, по подсчётам правозащитников, в ${s.city.prep} с ${s.year} года преследованиям ${plural(people, 'подвергся', 'подверглись', 'подверглись')} ${digits(people, ' ')} ${plural(people, 'человек', 'человека', 'человек')}.`, `Human rights defenders count ${digits(people, ',')} people persecuted in ${s.city.en} since ${s.year}.`];
  },
  (s) => {
    const [, gen, , en] = pick(s.random, ORGS);
    return [`Роскомнадзор заблокировал сайт ${gen} по требованию Генпрокуратуры, сославшись на «недостоверную информацию».`, `Roskomnadzor blocked the website of ${en} at the request of the Prosecutor General's Office, citing "unreliable information".`];
  },
  (s) => {
    const role = pick(s.random, ROLES);
    const [whereRu, whereEn] = pick(s.random, WORKPLACES);
    const years = between(s.random, 3, 30);
    return [`${s.person.nom} — ${role[s.person.female ? 2 : 0]} из ${s.city.gen}, ${he(s, 'он', 'она')} ${he(s, 'работал', 'работала')} ${whereRu} больше ${years} лет.`, `${s.person.en} is a ${role[4]} from ${s.city.en} who worked ${whereEn} for more than ${years} years.`];
  },
  (s) => {
    const colony = pick(s.random, CITIES);
    return [`После приговора ${s.person.acc} этапировали в колонию в ${colony.prep}, где ${he(s, 'он', 'она')} будет отбывать наказание.`, `After the verdict, ${s.person.en} was transferred to a penal colony in ${colony.en} to serve the sentence.`];
  },
  (s) => {
    const expert = randomPerson(s.random);
    return [`Экспертизу по делу проводил эксперт ${expert.nom} из ${s.city.gen}: в постах ${s.person.gen} ${expert.female ? 'она' : 'он'} ${expert.female ? 'нашла' : 'нашёл'} «признаки дискредитации».`, `The examination was done by the expert ${expert.en} from ${s.city.en}, who found "signs of discrediting" in the posts by ${s.person.en}.`];
  },
  (s) => {
    const [whatRu, whatEn] = pick(s.random, QUOTED);
    return [`Защита настаивала на оправдании: ${s.person.nom} лишь ${he(s, 'процитировал', 'процитировала')} ${whatRu}.`, `The defence asked for an acquittal: ${s.person.en} had only quoted ${whatEn}.`];
  },
  (s) => {
    const [, gen, , en] = pick(s.random, ORGS);
    const [aboutRu, aboutEn] = pick(s.random, REPORTS);
    const interviews = between(s.random, 40, 600);
    return [`В ${s.year} году вышел доклад ${gen} ${aboutRu}, основанный на ${interviews} интервью.`, `In ${s.year}, ${en} published a report ${aboutEn} based on ${interviews} interviews.`];
  },
  (s) => {
    const [relativeRu, relativeEn] = pick(s.random, RELATIVES);
    return [`${relativeRu} ${s.person.gen} рассказала, что последний раз ${he(s, 'его', 'её')} видели ${s.day} ${MONTHS_RU[s.month]}, а передачи в СИЗО не принимают.`, `The ${relativeEn} of ${s.person.en} said they last saw them on ${s.day} ${MONTHS_EN[s.month]} and that parcels are refused.`];
  },
  (s) => {
    const [demandRu, demandEn] = pick(s.random, DEMANDS);
    return [`${s.person.nom} ${he(s, 'объявил', 'объявила')} голодовку, требуя ${demandRu}.`, `${s.person.en} went on hunger strike, demanding ${demandEn}.`];
  },
  (s) => {
    const [whyRu, whyEn] = pick(s.random, DELAYS);
    const day = between(s.random, 1, 28);
    return [`Заседание перенесли на ${day} ${MONTHS_RU[(s.month + 1) % 12]}, потому что ${whyRu}.`, `The hearing was adjourned to ${day} ${MONTHS_EN[(s.month + 1) % 12]} because ${whyEn}.`];
  },
  (s) => {
    const years = between(s.random, 3, 15);
    const [num, ru, en] = pick(s.random, CRIMINAL);
    return [`Госдума ужесточила статью ${num} УК (${ru}): теперь по ней грозит до ${years} ${yearsRu(years, false)} лишения свободы.`, `The State Duma toughened Article ${num} of the Criminal Code (${en}): it now carries up to ${years} years in prison.`];
  },
];

function newStory(random: Random): Story {
  const city = pick(random, CITIES);
  const district = pick(random, DISTRICTS);
  return {
    random,
    person: randomPerson(random),
    city,
    court: {
      nom: `${district} районный суд ${city.gen}`,
      en: `${iuliia.translate(district, iuliia.WIKIPEDIA)} District Court of ${city.en}`,
    },
    day: between(random, 1, 28),
    month: between(random, 0, 11),
    year: between(random, 2022, 2025),
  };
}

/**
 * One paragraph and its translation: of about `length` characters (Russian) when asked,
 * otherwise of one to eight sentences.
 */
export function paragraph(random: Random, length?: number): { source: string; target: string } {
  const story = newStory(random);
  const sentences = length === undefined ? between(random, 1, 8) : SENTENCES.length;
  const used = new Set<number>();
  const source: string[] = [];
  const target: string[] = [];
  let size = 0;
  while (source.length < sentences && (length === undefined || size < length - 60)) {
    let which = Math.floor(random() * SENTENCES.length);
    while (used.has(which)) which = (which + 1) % SENTENCES.length;
    used.add(which);
    const [ru, en] = SENTENCES[which]!(story);
    source.push(ru);
    target.push(en);
    size += ru.length + 1;
  }
  return { source: source.join(' '), target: target.join(' ') };
}
