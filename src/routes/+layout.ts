// Every page is prerendered in each locale; anything else falls back to 200.html (the SPA shell).
export const prerender = true;
export const trailingSlash = 'never';
