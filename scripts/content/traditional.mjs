// zh-TW text from zh-CN with opencc-js, shared by the build script and the unit test that checks
// the committed bundle is current.
import * as OpenCC from 'opencc-js';

export function makeConverter() {
	return OpenCC.Converter({ from: 'cn', to: 'twp' });
}

function isLocalizedText(value) {
	return (
		value !== null &&
		typeof value === 'object' &&
		!Array.isArray(value) &&
		typeof value['zh-CN'] === 'string' &&
		typeof value.en === 'string'
	);
}

/** A deep copy of `value` with zh-TW filled wherever a LocalizedText lacks it; key order kept. */
export function fillTraditional(value, convert) {
	if (Array.isArray(value)) return value.map((item) => fillTraditional(item, convert));
	if (value === null || typeof value !== 'object') return value;
	if (isLocalizedText(value)) {
		return { ...value, 'zh-TW': value['zh-TW'] ?? convert(value['zh-CN']) };
	}
	return Object.fromEntries(
		Object.entries(value).map(([key, item]) => [key, fillTraditional(item, convert)])
	);
}
