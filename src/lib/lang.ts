/**
 * Languages: of a name written in a local script (the `name_local` columns), and of a language tag.
 *
 * A local name's language is told from its script: each of the story's scripts stands for one language here
 * (Burmese, Khmer, Thai, Lao, Japanese, Chinese, Korean, Hindi, and for forks Arabic, Russian, Hebrew, Bengali). Used for the `lang` attribute (WCAG 3.1.2), so
 * that a screen reader reads the name in that language. A fork whose names use a script for another language (Shan
 * in the Myanmar script, say) gets the script's main language; "und" (undetermined) when no script matches (a
 * local name in the Latin script, like Maynila).
 */
const SCRIPTS: readonly [RegExp, string][] = [
  [/\p{Script=Myanmar}/u, 'my'],
  [/\p{Script=Khmer}/u, 'km'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Lao}/u, 'lo'],
  // Kana before Han: Japanese mixes both.
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Devanagari}/u, 'hi'],
  // Scripts a fork's places are likely to use (Dubai, Moscow, Dhaka…), each as its main language.
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Bengali}/u, 'bn'],
];

export function scriptLang(text: string): string {
  return SCRIPTS.find(([re]) => re.test(text))?.[1] ?? 'und';
}

/** A local name in parts, each with its language: a name may be given in two scripts, "老街 / လောက်ကိုင်". */
export function localNameParts(text: string): { text: string; lang: string }[] {
  return text.split(' / ').map((part) => ({ text: part, lang: scriptLang(part) }));
}

/** Names of languages (CLDR) in a language, by that language's tag; undefined for "und" and unassigned codes. */
const namesCache = new Map<string, Intl.DisplayNames>();
function names(inLang: string): Intl.DisplayNames {
  let n = namesCache.get(inLang);
  if (!n) namesCache.set(inLang, (n = new Intl.DisplayNames(inLang, { type: 'language', fallback: 'none' })));
  return n;
}
/** A tag's language alone, without script or region: zh-Hant is zh. */
const language = (tag: string) => tag.split('-')[0]!;

/** Whether a tag names a language known by name: not "und", not an unassigned or private code. */
export function knownLanguage(tag: string): boolean {
  return names('en').of(language(tag)) !== undefined;
}

/** The name of a tag's language, in English or in the language `inLang`: zh-Hant is "Chinese". */
export function languageName(tag: string, inLang = 'en'): string {
  return names(inLang).of(language(tag)) ?? language(tag);
}
