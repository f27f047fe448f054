// Sentences about trials for the benchmark corpus: fines, verdicts, hearings, appeals, custody.
import {
  attribution,
  capital,
  dateEn,
  dateRu,
  digits,
  he,
  one,
  plural,
  yearsRu,
  type Sentence,
} from './tm-story.js';
import {
  ADMIN,
  between,
  CITIES,
  CRIMINAL,
  DELAYS,
  MONTHS_EN,
  MONTHS_RU,
  pick,
  QUOTED,
  randomPerson,
  REASONS,
  ROLES,
} from './tm-vocabulary.js';

export const COURT_SENTENCES: Sentence[] = [
  (s) => {
    const [num, ru, en] = pick(s.random, ADMIN);
    const role = pick(s.random, ROLES);
    const [whyRu, whyEn] = pick(s.random, REASONS);
    const fine = between(s.random, 3, 40) * 5000;
    const [tailRu, tailEn] = attribution(s);
    const [headRu, headEn] = one(
      s,
      [
        `${dateRu(s)} ${s.court.nom} оштрафовал ${role[s.person.female ? 3 : 1]} ${s.person.acc} на ${digits(fine, ' ')} рублей`,
        `On ${dateEn(s)}, the ${s.court.en} fined ${role[4]} ${s.person.en} ${digits(fine, ',')} roubles`,
      ],
      [
        `Суд в ${s.city.prep} назначил ${s.person.dat} штраф в ${digits(fine, ' ')} рублей`,
        `A court in ${s.city.en} fined ${s.person.en} ${digits(fine, ',')} roubles`,
      ],
      [
        `${capital(role[s.person.female ? 2 : 0]!)} из ${s.city.gen} ${s.person.nom} ${he(s, 'получил', 'получила')} штраф ${digits(fine, ' ')} рублей`,
        `${capital(role[4]!)} ${s.person.en} from ${s.city.en} received a fine of ${digits(fine, ',')} roubles`,
      ],
    );
    return [
      `${headRu} по статье ${num} КоАП (${ru}) ${whyRu}${tailRu}.`,
      `${headEn} under Article ${num} of the Code of Administrative Offences (${en}) ${whyEn}${tailEn}.`,
    ];
  },
  (s) => {
    const [num, ru, en] = pick(s.random, CRIMINAL);
    const years = between(s.random, 2, 22);
    const [regimeRu, regimeEn] = one(s, ['общего', 'general'], ['строгого', 'strict'], ['', '']);
    return one(
      s,
      [
        `${s.court.nom} приговорил ${s.person.acc} к ${years} ${yearsRu(years, true)} колонии ${regimeRu ? regimeRu + ' режима ' : ''}по статье ${num} УК (${ru}).`,
        `The ${s.court.en} sentenced ${s.person.en} to ${years} years in a ${regimeEn ? regimeEn + '-regime ' : ''}penal colony under Article ${num} of the Criminal Code (${en}).`,
      ],
      [
        `Суд признал ${s.person.acc} ${he(s, 'виновным', 'виновной')} по статье ${num} УК и назначил ${years} ${yearsRu(years, false)} лишения свободы.`,
        `The court found ${s.person.en} guilty under Article ${num} of the Criminal Code and imposed ${years} years in prison.`,
      ],
      [
        `${s.person.nom} ${he(s, 'получил', 'получила')} ${years} ${yearsRu(years, false)} по делу, которое следствие квалифицировало как ${ru}.`,
        `${s.person.en} was given ${years} years in a case the investigators classed as ${en}.`,
      ],
    );
  },
  (s) => {
    const months = between(s.random, 2, 30);
    return [
      `${s.person.nom} ${he(s, 'провёл', 'провела')} в СИЗО ${months} ${plural(months, 'месяц', 'месяца', 'месяцев')}, ${he(s, 'его', 'её')} жалобы на условия содержания остались без ответа.`,
      `${s.person.en} spent ${months} months in pre-trial detention, and complaints about the conditions went unanswered.`,
    ];
  },
  (s) => {
    const month = (s.month + between(s.random, 1, 5)) % 12;
    return one(
      s,
      [
        `Апелляцию рассмотрят в ${s.city.prep} не раньше ${MONTHS_RU[month]}.`,
        `The appeal will be heard in ${s.city.en} no earlier than ${MONTHS_EN[month]}.`,
      ],
      [
        `Защита уже подала апелляционную жалобу; её рассмотрение назначено на ${s.day} ${MONTHS_RU[month]}.`,
        `The defence has already appealed; the hearing is set for ${s.day} ${MONTHS_EN[month]}.`,
      ],
    );
  },
  (s) =>
    one(
      s,
      [
        `${s.person.nom} ${he(s, 'признал', 'признала')} вину частично и ${he(s, 'попросил', 'попросила')} суд о снисхождении.`,
        `${s.person.en} partly admitted guilt and asked the court for leniency.`,
      ],
      [
        `Вину ${s.person.nom} не ${he(s, 'признал', 'признала')}, назвав дело политическим.`,
        `${s.person.en} pleaded not guilty, calling the case political.`,
      ],
      [
        `В последнем слове ${s.person.nom} ${he(s, 'сказал', 'сказала')}, что ни о чём не жалеет и снова ${he(s, 'поступил', 'поступила')} бы так же.`,
        `In a final statement, ${s.person.en} said they regretted nothing and would do the same again.`,
      ],
    ),
  (s) => {
    const years = between(s.random, 3, 24);
    return [
      `Прокурор запрашивал для ${s.person.gen} ${years} ${yearsRu(years, false)} колонии общего режима.`,
      `The prosecutor had asked for ${years} years in a general-regime penal colony for ${s.person.en}.`,
    ];
  },
  (s) => [
    `Заседание в ${s.city.prep} прошло в закрытом режиме: журналистов и слушателей в зал не пустили.`,
    `The hearing in ${s.city.en} was held behind closed doors: journalists and members of the public were kept out.`,
  ],
  (s) => [
    `С ${dateRu(s)} ${s.person.nom} находится под домашним арестом и не может пользоваться интернетом.`,
    `Since ${dateEn(s)}, ${s.person.en} has been under house arrest and barred from using the internet.`,
  ],
  (s) => {
    const fine = between(s.random, 10, 200) * 5000;
    const years = between(s.random, 2, 5);
    return [
      `Вместо реального срока суд назначил ${s.person.dat} штраф ${digits(fine, ' ')} рублей и запрет администрировать сайты на ${years} ${yearsRu(years, false)}.`,
      `Instead of prison, the court fined ${s.person.en} ${digits(fine, ',')} roubles and banned them from running websites for ${years} years.`,
    ];
  },
  (s) => {
    const lawyer = randomPerson(s.random);
    return [
      `Адвокат ${lawyer.nom} ${lawyer.female ? 'заявила' : 'заявил'}, что защита обжалует решение, так как экспертизу текста провели с нарушениями.`,
      `Lawyer ${lawyer.en} said the defence would appeal because the linguistic examination had been carried out improperly.`,
    ];
  },
  (s) => {
    const friend = randomPerson(s.random);
    const people = between(s.random, 8, 120);
    return [
      `В поддержку ${s.person.gen} в суд ${plural(people, 'пришёл', 'пришли', 'пришли')} ${people} ${plural(people, 'человек', 'человека', 'человек')}, среди них ${friend.nom}.`,
      `${people} supporters of ${s.person.en} came to court, among them ${friend.en}.`,
    ];
  },
  (s) => {
    const [num] = pick(s.random, ADMIN);
    const times = between(s.random, 2, 4);
    return [
      `Ранее ${s.person.acc} уже ${times} раза привлекали к ответственности по статье ${num} КоАП.`,
      `${s.person.en} had already been prosecuted ${times} times under Article ${num} of the Code of Administrative Offences.`,
    ];
  },
  (s) => {
    const judge = randomPerson(s.random);
    return [
      `Судья ${judge.nom} ${judge.female ? 'отклонила' : 'отклонил'} ходатайство о приобщении к делу заключения независимого лингвиста.`,
      `Judge ${judge.en} rejected a motion to admit the opinion of an independent linguist.`,
    ];
  },
  (s) => {
    const colony = pick(s.random, CITIES);
    return [
      `После приговора ${s.person.acc} этапировали в колонию в ${colony.prep}, где ${he(s, 'он', 'она')} будет отбывать наказание.`,
      `After the verdict, ${s.person.en} was transferred to a penal colony in ${colony.en} to serve the sentence.`,
    ];
  },
  (s) => {
    const expert = randomPerson(s.random);
    return [
      `Экспертизу по делу проводил эксперт ${expert.nom} из ${s.city.gen}: в постах ${s.person.gen} ${expert.female ? 'она' : 'он'} ${expert.female ? 'нашла' : 'нашёл'} «признаки дискредитации».`,
      `The examination was done by the expert ${expert.en} from ${s.city.en}, who found "signs of discrediting" in the posts by ${s.person.en}.`,
    ];
  },
  (s) => {
    const [whatRu, whatEn] = pick(s.random, QUOTED);
    return [
      `Защита настаивала на оправдании: ${s.person.nom} лишь ${he(s, 'процитировал', 'процитировала')} ${whatRu}.`,
      `The defence asked for an acquittal: ${s.person.en} had only quoted ${whatEn}.`,
    ];
  },
  (s) => {
    const [whyRu, whyEn] = pick(s.random, DELAYS);
    const day = between(s.random, 1, 28);
    return [
      `Заседание перенесли на ${day} ${MONTHS_RU[(s.month + 1) % 12]}, потому что ${whyRu}.`,
      `The hearing was adjourned to ${day} ${MONTHS_EN[(s.month + 1) % 12]} because ${whyEn}.`,
    ];
  },
];
