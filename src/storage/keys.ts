/** The storage.local key of the reader's glossary: the options page writes it, tabs and the background watch it. */
export const PERSONAL_GLOSSARY_KEY = 'personalGlossary';
