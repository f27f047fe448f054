/** Why a file could not become a source text; `key` is an i18n key in `sources`. */
export class ImportError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = new.target.name;
  }
}
