import type { Locale, LocalizedText } from './content-model';

/**
 * The text for `locale`, falling back requested → zh-CN → en, so a record missing a zh-TW or
 * an empty string still shows something deterministic.
 */
export function localize(text: LocalizedText, locale: Locale): string {
	return text[locale] || text['zh-CN'] || text.en;
}
