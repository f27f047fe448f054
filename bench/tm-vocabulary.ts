// Vocabulary of the translation-memory benchmark corpus (see tm-corpus.ts): people with
// their Russian case forms, cities, courts, articles of the codes, organisations.
import iuliia from 'iuliia';

export type Random = () => number;

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;
export const between = (random: Random, low: number, high: number): number =>
  low + Math.floor(random() * (high - low + 1));
const list = (text: string): string[] => text.trim().split(/\s+/);

/** A table written one row per line, cells separated by " | ". */
function rows<Row extends string[]>(text: string): Row[] {
  const table = text
    .trim()
    .split('\n')
    .map((line) => line.split(' | ').map((cell) => cell.trim()));
  if (table.some((row) => row.length !== table[0]!.length))
    throw new Error(`ragged table: ${text}`);
  return table as Row[];
}

const MALE =
  list(`Алексей Дмитрий Сергей Андрей Михаил Иван Николай Олег Егор Кирилл Максим Григорий
  Артём Владимир Борис Евгений Денис Роман Тимур Антон Виталий Аркадий Леонид Юрий Василий
  Степан Фёдор Глеб Вадим Станислав Игорь Руслан Валерий Геннадий Ярослав`);
const FEMALE = list(`Анна Мария Юлия Ольга Елена Наталья Татьяна Ирина Екатерина Александра Дарья
  Ксения Софья Алла Вера Надежда Людмила Светлана Евгения Валентина Полина Анастасия Марина
  Галина Лидия Алёна Варвара Зоя Нина Любовь`);
const SURNAMES = list(`Смирнов Кузнецов Попов Соколов Лебедев Козлов Новиков Морозов Волков Соловьёв
  Васильев Зайцев Павлов Семёнов Голубев Виноградов Богданов Воробьёв Фёдоров Михайлов Беляев
  Тарасов Белов Комаров Орлов Киселёв Макаров Андреев Ковалёв Ильин Гусев Титов Кузьмин
  Кудрявцев Баранов Куликов Алексеев Степанов Яковлев Сорокин Сергеев Романов Захаров Борисов
  Королёв Герасимов Пономарёв Григорьев Лазарев Медведев Ершов Никитин Соболев Рябов Поляков
  Цветков Данилов Жуков Фролов Журавлёв Николаев Крылов Максимов Сидоров Осипов Белоусов
  Федотов Дорофеев Егоров Матвеев Бобров Дмитриев Калинин Анисимов Петухов Антонов Тимофеев
  Никифоров Веселов Филиппов Марков Большаков Суханов Миронов Ширяев Александров Коновалов
  Шестаков Казаков Ефимов Денисов Громов Фомин Давыдов Мельников Щербаков Блинов Колесников
  Карпов Афанасьев Власов Маслов Исаков Тихонов Аксёнов Гаврилов Родионов Котов Горбунов
  Кудряшов Быков Зуев Третьяков Савельев Панов Рыбаков Суворов Абрамов Воронов Мухин Архипов
  Трофимов Мартынов Емельянов Горшков Чернов Овчинников Селезнёв Панфилов Копылов Михеев Галкин
  Назаров Лобанов Лукин Беляков Потапов Некрасов Хохлов Жданов Наумов Шилов Воронцов Ермаков
  Дроздов Игнатьев Савин Логинов Сафонов Капустин Кириллов Моисеев Елисеев Кошелев Костин
  Орехов Ефремов Исаев Евдокимов Калашников Кабанов Носков Юдин Кулагин Лапин Прохоров Нестеров`);

/** A person in the cases the sentences need, and in English. */
export interface Person {
  female: boolean;
  nom: string;
  gen: string;
  dat: string;
  acc: string;
  ins: string;
  en: string;
}

function firstNameForms(name: string, female: boolean): string[] {
  // nominative, genitive, dative, accusative, instrumental
  if (female) {
    if (name.endsWith('ия'))
      return [name, ...['ии', 'ии', 'ию', 'ией'].map((e) => name.slice(0, -2) + e)];
    if (name.endsWith('ья'))
      return [name, ...['ьи', 'ье', 'ью', 'ьей'].map((e) => name.slice(0, -2) + e)];
    if (name.endsWith('ь'))
      return [name, ...['и', 'и', 'ь', 'ью'].map((e) => name.slice(0, -1) + e)];
    const stem = name.slice(0, -1);
    return [
      name,
      stem + (/[гкхжшчщ]$/.test(stem) ? 'и' : 'ы'),
      stem + 'е',
      stem + 'у',
      stem + 'ой',
    ];
  }
  if (name.endsWith('ий'))
    return [name, ...['ия', 'ию', 'ия', 'ием'].map((e) => name.slice(0, -2) + e)];
  if (name.endsWith('й')) return [name, ...['я', 'ю', 'я', 'ем'].map((e) => name.slice(0, -1) + e)];
  return [name, name + 'а', name + 'у', name + 'а', name + 'ом'];
}

export function randomPerson(random: Random): Person {
  const female = random() < 0.45;
  const first = firstNameForms(pick(random, female ? FEMALE : MALE), female);
  const base = pick(random, SURNAMES);
  const last = female
    ? [base + 'а', base + 'ой', base + 'ой', base + 'у', base + 'ой']
    : [base, base + 'а', base + 'у', base + 'а', base + 'ым'];
  const [nom, gen, dat, acc, ins] = first.map((form, i) => `${form} ${last[i]}`) as [
    string,
    string,
    string,
    string,
    string,
  ];
  return { female, nom, gen, dat, acc, ins, en: iuliia.translate(nom, iuliia.WIKIPEDIA) };
}

// [nominative, prepositional, genitive, English]
export const CITIES =
  `Москва Москве Москвы Moscow|Санкт-Петербург Санкт-Петербурге Санкт-Петербурга St Petersburg|
Екатеринбург Екатеринбурге Екатеринбурга Yekaterinburg|Новосибирск Новосибирске Новосибирска Novosibirsk|
Казань Казани Казани Kazan|Самара Самаре Самары Samara|Омск Омске Омска Omsk|Краснодар Краснодаре Краснодара Krasnodar|
Пермь Перми Перми Perm|Воронеж Воронеже Воронежа Voronezh|Волгоград Волгограде Волгограда Volgograd|Уфа Уфе Уфы Ufa|
Красноярск Красноярске Красноярска Krasnoyarsk|Томск Томске Томска Tomsk|Иркутск Иркутске Иркутска Irkutsk|
Калининград Калининграде Калининграда Kaliningrad|Владивосток Владивостоке Владивостока Vladivostok|
Хабаровск Хабаровске Хабаровска Khabarovsk|Челябинск Челябинске Челябинска Chelyabinsk|Тюмень Тюмени Тюмени Tyumen|
Барнаул Барнауле Барнаула Barnaul|Ижевск Ижевске Ижевска Izhevsk|Ярославль Ярославле Ярославля Yaroslavl|
Архангельск Архангельске Архангельска Arkhangelsk|Мурманск Мурманске Мурманска Murmansk|Псков Пскове Пскова Pskov|
Петрозаводск Петрозаводске Петрозаводска Petrozavodsk|Сыктывкар Сыктывкаре Сыктывкара Syktyvkar|Тверь Твери Твери Tver|
Курск Курске Курска Kursk|Белгород Белгороде Белгорода Belgorod|Пенза Пензе Пензы Penza|Саратов Саратове Саратова Saratov|
Ульяновск Ульяновске Ульяновска Ulyanovsk|Киров Кирове Кирова Kirov|Рязань Рязани Рязани Ryazan|Чита Чите Читы Chita|
Якутск Якутске Якутска Yakutsk|Магадан Магадане Магадана Magadan|Оренбург Оренбурге Оренбурга Orenburg`
    .split('|')
    .map((city) => {
      const [nom, prep, gen, ...en] = city.trim().split(' ');
      return { nom: nom!, prep: prep!, gen: gen!, en: en.join(' ') };
    });

export const DISTRICTS = list(`Тверской Мещанский Басманный Пресненский Хамовнический Замоскворецкий
  Никулинский Савёловский Кировский Ленинский Октябрьский Советский Центральный Дзержинский
  Калининский Фрунзенский Куйбышевский Свердловский Железнодорожный Индустриальный`);

// article | Russian gloss | English gloss
export const ADMIN = rows<[string, string, string]>(`
  20.3.3 | «дискредитация армии» | "discrediting the army"
  20.2 | нарушение порядка проведения публичного мероприятия | violating the rules for public events
  20.33 | участие в деятельности нежелательной организации | involvement with an undesirable organisation
  19.34 | нарушение порядка деятельности иностранного агента | breaching the rules for foreign agents
  20.1 | мелкое хулиганство | petty hooliganism
  20.29 | распространение экстремистских материалов | distributing extremist materials
  20.3 | демонстрация запрещённой символики | displaying banned symbols
`);
export const CRIMINAL = rows<[string, string, string]>(`
  207.3 | «фейки» об армии | "fakes" about the army
  280.3 | повторная дискредитация армии | repeated discrediting of the army
  284.1 | участие в деятельности нежелательной организации | involvement with an undesirable organisation
  275 | государственная измена | high treason
  205.2 | оправдание терроризма | justifying terrorism
  330.1 | уклонение от обязанностей иностранного агента | evading the duties of a foreign agent
  282.2 | организация экстремистского сообщества | organising an extremist community
  354.1 | реабилитация нацизма | rehabilitating Nazism
`);
// nominative | genitive | accusative | English
export const ORGS = rows<[string, string, string, string]>(`
  «Мемориал» | «Мемориала» | «Мемориал» | Memorial
  «ОВД-Инфо» | «ОВД-Инфо» | «ОВД-Инфо» | OVD-Info
  Фонд борьбы с коррупцией | Фонда борьбы с коррупцией | Фонд борьбы с коррупцией | the Anti-Corruption Foundation
  движение «Голос» | движения «Голос» | движение «Голос» | the Golos movement
  Сахаровский центр | Сахаровского центра | Сахаровский центр | the Sakharov Centre
  Московская Хельсинкская группа | Московской Хельсинкской группы | Московскую Хельсинкскую группу | the Moscow Helsinki Group
  движение «Весна» | движения «Весна» | движение «Весна» | the Vesna movement
  «Новая газета» | «Новой газеты» | «Новую газету» | Novaya Gazeta
  телеканал «Дождь» | телеканала «Дождь» | телеканал «Дождь» | TV Rain
  «Медиазона» | «Медиазоны» | «Медиазону» | Mediazona
  «Солдатские матери» | «Солдатских матерей» | «Солдатских матерей» | Soldiers' Mothers
  «Первый отдел» | «Первого отдела» | «Первый отдел» | First Department
  «Мемориальная библиотека» | «Мемориальной библиотеки» | «Мемориальную библиотеку» | the Memorial Library
  Центр защиты прав СМИ | Центра защиты прав СМИ | Центр защиты прав СМИ | the Mass Media Defence Centre
`);
// [masculine nominative, masculine accusative, feminine nominative, feminine accusative, English]
export const ROLES =
  `активист активиста активистка активистку activist|журналист журналиста журналистка журналистку journalist|
художник художника художница художницу artist|студент студента студентка студентку student|
пенсионер пенсионера пенсионерка пенсионерку pensioner|учитель учителя учительница учительницу teacher|
программист программиста программистка программистку programmer|волонтёр волонтёра волонтёрка волонтёрку volunteer|
врач врача врач врача doctor|юрист юриста юрист юриста lawyer|блогер блогера блогерка блогерку blogger|
фотограф фотографа фотограф фотографа photographer|музыкант музыканта музыкантка музыкантку musician|
инженер инженера инженер инженера engineer|медсестра медсестру медсестра медсестру nurse`
    .split('|')
    .map((role) => role.trim().split(' '));
// Russian | English, in the tables below
export const REASONS = rows<[string, string]>(`
  за антивоенные посты во «ВКонтакте» | for anti-war posts on VKontakte
  за одиночный пикет у здания администрации | for a one-person picket outside the administration building
  за надпись «Нет войне» на ценнике в супермаркете | for writing "No to war" on a supermarket price tag
  за комментарии в телеграм-канале | for comments in a Telegram channel
  за цветы у памятника жертвам политических репрессий | for laying flowers at the memorial to victims of political repression
  за разговор с коллегами на работе | for a conversation with colleagues at work
  за видео в TikTok | for a TikTok video
  за сине-жёлтый шарф | for a blue and yellow scarf
  за пожертвование фонду помощи беженцам | for a donation to a refugee aid fund
  за листовки в почтовых ящиках | for leaflets in letterboxes
  за стикер на автомобиле | for a sticker on a car
  за репост расследования о Буче | for reposting an investigation into Bucha
  за стихи, прочитанные на площади | for poems read out on a square
  за рисунок дочери на школьном уроке | for a drawing his or her daughter made at school
`);
export const INFORMANTS = rows<[string, string]>(`
  соседа | a neighbour
  коллеги | a colleague
  бывшего мужа | a former husband
  посетителя кафе | a café customer
  ученика | a pupil
  попутчика в поезде | a fellow train passenger
  директора школы | a school head
  прихожанина | a parishioner
`);
export const MONTHS_RU = list(
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
);
export const MONTHS_EN = list(
  'January February March April May June July August September October November December',
);
export const PLACES = rows<[string, string]>(`
  к Соловецкому камню | the Solovetsky Stone
  к памятнику Лесе Украинке | the Lesya Ukrainka monument
  к мемориалу на месте гибели Немцова | the memorial where Nemtsov was killed
  к зданию суда | the court building
  на центральную площадь | the central square
`);
export const WORKPLACES = rows<[string, string]>(`
  в школе | at a school
  в районной больнице | at the district hospital
  в городской библиотеке | at the city library
  в драмтеатре | at the drama theatre
  на заводе | at a factory
  в университете | at the university
  в музее | at a museum
`);
export const QUOTED = rows<[string, string]>(`
  доклад ООН | a UN report
  заявление Amnesty International | a statement by Amnesty International
  статью из Википедии | a Wikipedia article
  сводку Минобороны | a Defence Ministry bulletin
  интервью священника | an interview with a priest
  песню Земфиры | a song by Zemfira
`);
export const REPORTS = rows<[string, string]>(`
  о пытках в колониях | on torture in penal colonies
  о преследовании учителей | on the persecution of teachers
  о цензуре в школах | on censorship in schools
  о давлении на адвокатов | on pressure on lawyers
  о деле «Сети» | on the "Network" case
  о принудительной психиатрии | on punitive psychiatry
`);
export const DEMANDS = rows<[string, string]>(`
  допустить к нему адвоката | access to a lawyer
  передать лекарства | to be given medicine
  свидания с детьми | a visit from the children
  перевода в больницу | a transfer to hospital
`);
export const DELAYS = rows<[string, string]>(`
  судья ушёл на больничный | the judge was on sick leave
  конвой не доставил подсудимого | the escort failed to bring the defendant
  прокурор не явился | the prosecutor did not appear
  эксперт не подготовил заключение | the expert had not finished the report
`);
export const RELATIVES = rows<[string, string]>(`
  Мать | mother
  Сестра | sister
  Дочь | daughter
  Бабушка | grandmother
  Подруга | friend
`);
