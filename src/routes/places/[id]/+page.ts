import type { PageLoad } from './$types';

// Place pages render in the browser from IndexedDB (an unknown id shows "not in the guide").
// Unlike itinerary pages they carry no prerendered snapshot: 96 pages of full records would push
// the offline precache past its 5 MB budget.
export const load: PageLoad = ({ params }) => ({ id: params.id });
