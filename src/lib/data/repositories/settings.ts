import { liveQuery, type Observable } from 'dexie';
import { getDb } from '../db';

/** Known setting keys and their value types: the one place that says what a setting holds. */
export type SettingValues = {
	/** Planned visit date, local calendar date 'YYYY-MM-DD'. */
	tripDate: string;
};
export type SettingKey = keyof SettingValues;

export async function getSetting<K extends SettingKey>(
	key: K
): Promise<SettingValues[K] | undefined> {
	const row = await getDb().settings.get(key);
	return row?.value as SettingValues[K] | undefined;
}

export async function setSetting<K extends SettingKey>(
	key: K,
	value: SettingValues[K]
): Promise<void> {
	await getDb().settings.put({ key, value, updatedAt: Date.now() });
}

export async function removeSetting(key: SettingKey): Promise<void> {
	await getDb().settings.delete(key);
}

export function watchSetting<K extends SettingKey>(
	key: K
): Observable<SettingValues[K] | undefined> {
	return liveQuery(() => getSetting(key));
}
