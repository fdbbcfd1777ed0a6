/**
 * How the locale is chosen, first match wins: the URL prefix (/en, /zh-TW; none = zh-CN),
 * then the stored choice, then the browser's languages, then the base locale.
 * A static site has no server, so the cookie strategy would do nothing here.
 */
export const LOCALE_STRATEGY = ['url', 'localStorage', 'preferredLanguage', 'baseLocale'] as const;
