import {
	deLocalizeHref,
	getLocale,
	localizeHref as paraglideLocalizeHref,
	localStorageKey,
	locales,
	type Locale
} from '$lib/paraglide/runtime';

export { deLocalizeHref, getLocale, locales, type Locale };

/**
 * An app path in the current (or given) locale: /itineraries → /en/itineraries. Paraglide writes
 * the English home as /en/; the app's URLs have no trailing slash (that is what is prerendered
 * and precached), so it is dropped.
 */
export function localizeHref(path: string, options?: { locale?: Locale }): string {
	const href = paraglideLocalizeHref(path, options);
	return href.length > 1 && href.endsWith('/') ? href.slice(0, -1) : href;
}

/** Each language named in itself, as a language switch should show it. */
export const LOCALE_NAMES: Record<Locale, string> = {
	'zh-CN': '简体中文',
	en: 'English',
	'zh-TW': '繁體中文'
};

/** The same page in another language: /en/pillars/food ↔ /pillars/food ↔ /zh-TW/pillars/food. */
export function hrefInLocale(pathname: string, locale: Locale): string {
	return localizeHref(deLocalizeHref(pathname), { locale });
}

/** Remembers an explicit choice; app.html's early script and paraglide read the same key. */
export function rememberLocale(locale: Locale): void {
	try {
		localStorage.setItem(localStorageKey, locale);
	} catch {
		// Private mode or storage disabled: the URL prefix still carries the choice.
	}
}
