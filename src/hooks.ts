import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// /en/pillars/food and /zh-TW/pillars/food render the same route as /pillars/food.
export const reroute: Reroute = ({ url }) => deLocalizeUrl(url).pathname;
