// Every page is prerendered to static HTML; trailing slashes make each a folder with an
// index.html, which any static server (or a copied build folder) serves as it is.
export const prerender = true;
export const trailingSlash = 'always';
