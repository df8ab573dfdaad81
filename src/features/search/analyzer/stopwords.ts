/**
 * Words too common to say anything about what a resource is about, per language, folded as the
 * index folds words (lower case, no accents). Based on the Snowball project's English and Spanish
 * stop word lists (snowballstem.org, BSD licence), plus the question words and auxiliaries people
 * type in plain-language questions ("what happens if…", "¿qué pasa si…", "can my brother…").
 * Stop words are kept in phrases and quoted text; they only stop counting as a query's words.
 */

const ENGLISH = `a about above after again against all am an and any are aren as at be because been before
being below between both but by can cannot could couldn did didn do does doesn doing don down during
each few for from further had hadn has hasn have haven having he her here hers herself him himself his
how i if in into is isn it its itself just let me more most my myself no nor not of off on once only
or other ought our ours ourselves out over own same shan she should shouldn so some such than that the
their theirs them themselves then there these they this those through to too under until up very was
wasn we were weren what when where which while who whom why will with won would wouldn you your yours
yourself yourselves s t d ll m re ve also get gets got may might must shall via per happens happen
happened need needs know tell please`;

const SPANISH = `a al algo algunas algunos ante antes como con contra cual cuales cuando de del desde donde
durante e el ella ellas ellos en entre erais eran eras eres es esa esas ese eso esos esta estaba
estaban estado estais estamos estan estar estas este esto estos estoy fue fueron fui fuimos ha habia
haber habra han has hasta hay he la las le les lo los mas me mi mis mucho muchos muy nada ni no nos
nosotras nosotros o os otra otras otro otros para pero poco por porque puede pueden puedo que quien
quienes se sea sean ser si sido sobre sois somos soy su sus suya suyo tambien tanto te tenemos
tener tengo ti tiene tienen todo todos tu tus un una unas uno unos usted ustedes vosotros y ya yo
cómo qué pasa hago hacer debo deben`;

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map((w) => w.normalize('NFD').replace(/\p{M}/gu, '')));

const STOP = { en: words(ENGLISH), es: words(SPANISH) };

/** True when a folded word is a stop word in English or Spanish (a query's language is not known). */
export function isStopWord(word: string): boolean {
  return STOP.en.has(word) || STOP.es.has(word);
}

const NONE: ReadonlySet<string> = new Set();

/** The stop words of a content language (none for languages without a list). */
export function stopWordsOf(language: string): ReadonlySet<string> {
  return language === 'en' ? STOP.en : language === 'es' ? STOP.es : NONE;
}
