import iuliia from 'iuliia';
import type { Language } from './qa-check.rules.js';
import { CODE_NAMES, codePattern, identifyCode, type LegalCode } from './legal-codes.rules.js';

/** One article reference; a list ("ст. 207.3 и 280.3 УК") yields one per article and part. */
export interface LegalReference {
  article: string;
  part?: string;
  /** Paragraph letter or number without quotes or brackets, in the script it was written in. */
  point?: string;
  code?: LegalCode;
  /** The whole reference as written, shared by the references of one list. */
  text: string;
  start: number;
  end: number;
}

const NUMBER = String.raw`\d+(?:\.\d+)*`;
const RU_AND = String.raw`\s*(?:,|(?<![\p{L}])(?:и|или)(?![\p{L}]))\s*`;
const EN_AND = String.raw`\s*(?:,|(?<![\p{L}])(?:and|or)(?![\p{L}]))\s*`;
const EN_CODE_OWNER = String.raw`(?:the\s+)?(?:Russian\s+|Russia['’]s\s+)?`;
// "ст. 207.3, 8 лет" is an article and a term of years: a plain integer continues a list of
// articles only when the code follows it.
const RU_ARTICLE_LIST = String.raw`${NUMBER}(?:${RU_AND}(?:\d+(?:\.\d+)+|\d+(?=\s+(?:${codePattern('ru')}))))*`;
const EN_ARTICLE_LIST = String.raw`${NUMBER}(?:${EN_AND}(?:\d+(?:\.\d+)+|\d+(?=\s*,?\s*of\s+${EN_CODE_OWNER}(?:${codePattern('en')}))))*`;

const RU_POINT = String.raw`(?:подпункт\p{L}*|пункт\p{L}*|пп?\.)\s*(?<point>«[\p{L}\d]{1,3}»|"[\p{L}\d]{1,3}"|„[\p{L}\d]{1,3}“|\d+(?:\.\d+)*|\p{L}\)|\p{L}(?![\p{L}]))`;
const RU_PART = String.raw`(?:ч\.|част(?:ь|и|ью|ей|ям|ями|ях)(?![\p{L}]))\s*(?<parts>\d+(?:${RU_AND}\d+)*)`;
const RU_ARTICLE = String.raw`(?:ст\.\s*ст\.|ст\.|стать(?:я|и|е|ю|ей|ёй|ям|ями|ях)(?![\p{L}])|статей(?![\p{L}]))\s*(?<articles>${RU_ARTICLE_LIST})`;
// Activists often drop the word "статья": "по 20.3.3 КоАП".
const RU_BARE = String.raw`(?<![\p{L}\d.,])(?<bare>\d+(?:\.\d+)+)\s+(?<bareCode>${codePattern('ru')})`;
const RU_REFERENCE = new RegExp(
  String.raw`(?<![\p{L}])(?:${RU_POINT}\s*)?(?:${RU_PART}\s*)?${RU_ARTICLE}(?:\s+(?<code>${codePattern('ru')}))?|${RU_BARE}`,
  'giu',
);

const EN_OF = String.raw`\s*,?\s*(?:of\s+)?(?:the\s+)?`;
const EN_POINT = String.raw`(?:sub-?paragraph|paragraph|para\.|sub-?clause|clause|item|point)s?\s*(?<point>\([\p{L}\d]{1,3}\)|[«"'‘“][\p{L}\d]{1,3}[»"'’”]|\d+|\p{L}(?![\p{L}]))`;
const EN_PART = String.raw`(?:Parts?|Pt\.)\s*(?<parts>\d+(?:${EN_AND}\d+)*)`;
const EN_ARTICLE = String.raw`(?:Articles?|Arts?\.)\s*(?<articles>${EN_ARTICLE_LIST})(?:\s*\((?<partParen>\d+)\)(?:\s*\((?<pointParen>[\p{L}\d]{1,3})\))?)?(?:\s*,?\s*(?:Part|Pt\.)\s*(?<partAfter>\d+))?`;
const EN_REFERENCE = new RegExp(
  String.raw`(?<![\p{L}])(?:${EN_CODE_OWNER}(?<codeBefore>${codePattern('en')})(?:['’]s)?\s+)?(?:${EN_POINT}${EN_OF})?(?:${EN_PART}${EN_OF})?${EN_ARTICLE}(?:\s*,?\s*of\s+${EN_CODE_OWNER}(?<code>${codePattern('en')}))?`,
  'giu',
);

const LIST_SEPARATOR = /\s*(?:,|(?<![\p{L}])(?:и|или|and|or)(?![\p{L}]))\s*/u;

function splitList(list: string | undefined): string[] {
  return list ? list.split(LIST_SEPARATOR).filter((item) => item !== '') : [];
}

function cleanPoint(point: string | undefined): string | undefined {
  const cleaned = point?.replace(/[()«»"'‘’“”„]/g, '').trim();
  return cleaned ? cleaned : undefined;
}

/** Every article reference in a text, in order. */
export function findLegalReferences(text: string, language: Language): LegalReference[] {
  const pattern = language === 'ru' ? RU_REFERENCE : EN_REFERENCE;
  const references: LegalReference[] = [];
  for (const match of text.matchAll(pattern)) {
    const groups = match.groups ?? {};
    const codeName = groups.code ?? groups.codeBefore ?? groups.bareCode;
    const code = codeName ? identifyCode(codeName, language) : undefined;
    const articles = splitList(groups.articles ?? groups.bare);
    const parts = splitList(groups.parts ?? groups.partParen ?? groups.partAfter);
    const point = cleanPoint(groups.point ?? groups.pointParen);
    const span = { text: match[0], start: match.index, end: match.index + match[0].length };
    for (const article of articles) {
      for (const part of parts.length > 0 ? parts : [undefined]) {
        references.push({
          article,
          ...(part === undefined ? {} : { part }),
          ...(point === undefined ? {} : { point }),
          ...(code === undefined ? {} : { code }),
          ...span,
        });
      }
    }
  }
  return references;
}

const PARAGRAPH_LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя';
// Paragraph letters travel between languages by the same scheme that transliterates names.
const CYRILLIC_LETTER_OF = new Map<string, string>();
for (const letter of PARAGRAPH_LETTERS) {
  const latin = iuliia.translate(letter, iuliia.WIKIPEDIA).toLowerCase();
  if (!CYRILLIC_LETTER_OF.has(latin)) CYRILLIC_LETTER_OF.set(latin, letter);
}

function pointIn(point: string, language: Language): string {
  const isNumber = /^\d/.test(point);
  if (language === 'en') {
    const latin = /\p{Script=Cyrillic}/u.test(point)
      ? iuliia.translate(point, iuliia.WIKIPEDIA).toLowerCase()
      : point;
    return `Paragraph ${isNumber ? latin : `(${latin})`} of `;
  }
  if (isNumber) return `п. ${point} `;
  return `п. «${CYRILLIC_LETTER_OF.get(point.toLowerCase()) ?? point}» `;
}

/** How a reference is usually written in a language, to suggest the expected rendering. */
export function formatLegalReference(
  reference: Pick<LegalReference, 'article' | 'part' | 'point' | 'code'>,
  language: Language,
): string {
  const point = reference.point ? pointIn(reference.point, language) : '';
  if (language === 'en') {
    const part = reference.part ? `Part ${reference.part} of ` : '';
    const code = reference.code ? ` of the ${CODE_NAMES.en[reference.code]}` : '';
    return `${point}${part}Article ${reference.article}${code}`;
  }
  const part = reference.part ? `ч. ${reference.part} ` : '';
  const code = reference.code ? ` ${CODE_NAMES.ru[reference.code]}` : '';
  return `${point}${part}ст. ${reference.article}${code}`;
}
