/**
 * The languages shipped, by primary subtag ("de" serves "de-AT" too): a language is its file
 * beside this one (language.ts says what it holds) and its line here.
 */
export { default as en } from './en.ts';
export { default as de } from './de.ts';
export { default as fr } from './fr.ts';
export { default as es } from './es.ts';
export { default as uk } from './uk.ts';
export { default as ru } from './ru.ts';
export { default as ar } from './ar.ts';
export { default as he } from './he.ts';
