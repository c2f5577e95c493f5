/**
 * remark-smartypants' options, for the page and every edition alike. `dashes: 'oldschool'`: `--`
 * is an en dash (2014–2022) and `---` an em dash, as in TeX and most writers' habits;
 * SmartyPants' default makes `--` an em dash and leaves `---` as three hyphens.
 */
export const SMARTYPANTS_OPTIONS = { dashes: 'oldschool' } as const;
