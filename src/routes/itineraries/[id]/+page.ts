import type { PageLoad } from './$types';

// The itinerary itself is read from IndexedDB in the browser; an unknown id shows "not in the guide".
export const load: PageLoad = ({ params }) => ({ id: params.id });
