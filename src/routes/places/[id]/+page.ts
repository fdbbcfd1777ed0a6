import type { PageLoad } from './$types';

// The place itself is read from IndexedDB in the browser; an unknown id shows "not in the guide".
export const load: PageLoad = ({ params }) => ({ id: params.id });
