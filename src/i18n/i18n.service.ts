import { Injectable } from '@nestjs/common';
import i18next, { type i18n, type Resource, type TOptions } from 'i18next';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../config/app-config.js';
import { localesDirectory } from '../common/project-paths.js';

export type Translate = (key: string, params?: TOptions) => string;
export type DatePrecision = 'day' | 'month' | 'year';

const INTL_LOCALE: Record<InterfaceLanguage, string> = { en: 'en-GB', ru: 'ru-RU' };

/**
 * i18next over the JSON files in `locales/<lng>/<namespace>.json`, loaded once at boot.
 * Keys are written `namespace:key`; `common` is the default namespace.
 */
@Injectable()
export class I18nService {
  private readonly i18n: i18n;
  readonly namespaces: string[];

  constructor() {
    const resources = loadLocales(localesDirectory);
    this.namespaces = Object.keys(resources.en ?? {});
    this.i18n = i18next.createInstance();
    void this.i18n.init({
      resources,
      initAsync: false,
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: [...INTERFACE_LANGUAGES],
      ns: this.namespaces,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }

  private readonly translators = new Map<InterfaceLanguage, Translate>();

  /** One translate function per language, made once: every request asks for one. */
  translator(language: InterfaceLanguage): Translate {
    let translate = this.translators.get(language);
    if (!translate) {
      const fixed = this.i18n.getFixedT(language);
      translate = (key, params) => fixed(key, params ?? {}) as string;
      this.translators.set(language, translate);
    }
    return translate;
  }

  t(language: InterfaceLanguage, key: string, params?: TOptions): string {
    return this.translator(language)(key, params);
  }

  exists(key: string, language: InterfaceLanguage): boolean {
    return this.i18n.exists(key, { lng: language, fallbackLng: false });
  }

  formatDate(
    language: InterfaceLanguage,
    date: Date | string,
    precision: DatePrecision = 'day',
  ): string {
    const value = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric', timeZone: 'UTC' }
        : precision === 'month'
          ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
          : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(INTL_LOCALE[language], options).format(value);
  }

  formatDateTime(language: InterfaceLanguage, date: Date): string {
    return new Intl.DateTimeFormat(INTL_LOCALE[language], {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(date);
  }

  formatNumber(language: InterfaceLanguage, value: number): string {
    return new Intl.NumberFormat(INTL_LOCALE[language]).format(value);
  }
}

export function loadLocales(directory: string): Resource {
  const resources: Resource = {};
  for (const language of INTERFACE_LANGUAGES) {
    resources[language] = {};
    for (const file of readdirSync(join(directory, language)).filter((f) => f.endsWith('.json'))) {
      resources[language][file.replace(/\.json$/, '')] = JSON.parse(
        readFileSync(join(directory, language, file), 'utf8'),
      ) as Resource[string][string];
    }
  }
  return resources;
}
