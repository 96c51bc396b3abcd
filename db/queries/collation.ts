// The orders the indexes sort by, each built once: `Intl.Collator(locales, options).compare` orders
// exactly as `a.localeCompare(b, locales, options)`, which builds a collator on every comparison and
// made sorting tens of thousands of names the largest cost of an index page.

/** As `a.localeCompare(b, 'en', { sensitivity: 'base' })`: case and accents aside. */
export const compareNames = new Intl.Collator('en', { sensitivity: 'base' }).compare;

/** As `a.localeCompare(b)`, in the default locale. */
export const compareDefault = new Intl.Collator().compare;
