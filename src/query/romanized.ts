/**
 * Romanized Bengali → Bengali script, in the spirit of the Avro phonetic scheme.
 *
 * Users type Bengali with Latin letters in many personal spellings ("shofor"/"sofor",
 * "gesen"/"gechen"), so this cannot be exact; the goal is a spelling close enough that phonetic
 * keys (src/text) match it against the real index vocabulary. The most frequent function,
 * question and verb words, whose spellings matter most and are irregular, come from a table.
 */
import { normalize } from '../text/normalize.js';
import { verbLemma } from '../text/verbs.js';

/** Exact spellings for frequent words (lowercase romanized → Bengali). */
export const ROMANIZED_TABLE: Readonly<Record<string, string>> = {
  // question words
  ki: 'কী', kii: 'কী', kobe: 'কবে', kokhon: 'কখন', kakhon: 'কখন', ke: 'কে', kara: 'কারা', kar: 'কার',
  kake: 'কাকে', kader: 'কাদের', keno: 'কেন', kano: 'কেন', koto: 'কত', kato: 'কত', kototi: 'কতটি', koyti: 'কয়টি',
  kotojon: 'কতজন', koyjon: 'কয়জন', koijon: 'কয়জন', kojon: 'কজন', koy: 'কয়', kotodin: 'কতদিন',
  kothay: 'কোথায়', kothai: 'কোথায়', kothae: 'কোথায়',
  kon: 'কোন', konti: 'কোনটি', kivabe: 'কীভাবে', kibhabe: 'কীভাবে', kemon: 'কেমন', naki: 'নাকি',
  // function words and postpositions
  o: 'ও', e: 'এ', ar: 'আর', ebong: 'এবং', er: 'এর', der: 'দের', theke: 'থেকে', sathe: 'সাথে', shathe: 'সাথে',
  songe: 'সঙ্গে', shonge: 'সঙ্গে', sange: 'সঙ্গে', jonno: 'জন্য', jonyo: 'জন্য', niye: 'নিয়ে', nie: 'নিয়ে',
  moddhe: 'মধ্যে', moddhye: 'মধ্যে', modhye: 'মধ্যে', majhe: 'মাঝে', por: 'পর', pore: 'পরে', age: 'আগে',
  kache: 'কাছে', dike: 'দিকে', proti: 'প্রতি', bishoye: 'বিষয়ে', bishoy: 'বিষয়', sombondhe: 'সম্বন্ধে',
  porjonto: 'পর্যন্ত', porjanto: 'পর্যন্ত', hishebe: 'হিসেবে', hisebe: 'হিসেবে', hisabe: 'হিসাবে', upor: 'ওপর',
  opor: 'ওপর', cheye: 'চেয়ে', chaite: 'চাইতে', karone: 'কারণে', korone: 'কারণে',
  na: 'না', nai: 'নাই', nei: 'নেই', ei: 'এই', oi: 'ওই', ey: 'এ', eta: 'এটা', eti: 'এটি', ota: 'ওটা', ta: 'তা',
  se: 'সে', tini: 'তিনি', tar: 'তার', tara: 'তারা', tader: 'তাদের', tnar: 'তাঁর', amra: 'আমরা', ami: 'আমি',
  apni: 'আপনি', tumi: 'তুমি', keu: 'কেউ', kichu: 'কিছু', sob: 'সব', shob: 'সব', onek: 'অনেক', kono: 'কোনো',
  je: 'যে', jodi: 'যদি', tobe: 'তবে', kintu: 'কিন্তু', abar: 'আবার', aro: 'আরও', ekhon: 'এখন', tokhon: 'তখন',
  // verbs
  diyeche: 'দিয়েছে', diyechen: 'দিয়েছেন', dieche: 'দিয়েছে', dicche: 'দিচ্ছে', dey: 'দেয়', deya: 'দেওয়া',
  korche: 'করছে', korchen: 'করছেন', koreche: 'করেছে', korechen: 'করেছেন', korbe: 'করবে', korben: 'করবেন',
  kore: 'করে', koren: 'করেন', kora: 'করা', korlo: 'করল', korlen: 'করলেন', korte: 'করতে',
  hoyeche: 'হয়েছে', hoyechhe: 'হয়েছে', hoy: 'হয়', hoye: 'হয়ে', hobe: 'হবে', hoibe: 'হবে', hoyechilo: 'হয়েছিল', holo: 'হলো',
  ache: 'আছে', achhe: 'আছে', achen: 'আছেন', chilo: 'ছিল', chhilo: 'ছিল', chilen: 'ছিলেন', thakbe: 'থাকবে',
  gesen: 'গেছেন', gechen: 'গেছেন', geche: 'গেছে', gelen: 'গেলেন', gelo: 'গেল', jaben: 'যাবেন', jabe: 'যাবে',
  korchilo: 'করছিল', korchilen: 'করছিলেন', bolchilo: 'বলছিল', bolchilen: 'বলছিলেন', hocche: 'হচ্ছে', hochhe: 'হচ্ছে',
  hoyni: 'হয়নি', hoini: 'হয়নি', diche: 'দিয়েছে', dichen: 'দিয়েছেন', bolche: 'বলছে', bolchen: 'বলছেন',
  hoiche: 'হয়েছে', hoyche: 'হয়েছে', paiche: 'পেয়েছে', niche: 'নিয়েছে',
  giyechilen: 'গিয়েছিলেন', giyechen: 'গিয়েছেন', jan: 'যান', gechhen: 'গেছেন',
  eshechen: 'এসেছেন', esechen: 'এসেছেন', esheche: 'এসেছে', eseche: 'এসেছে', ashben: 'আসবেন', asben: 'আসবেন',
  boleche: 'বলেছে', bolechen: 'বলেছেন', bolen: 'বলেন', bola: 'বলা', bole: 'বলে', bollen: 'বললেন',
  janiyeche: 'জানিয়েছে', janiyechen: 'জানিয়েছেন', janan: 'জানান',
  kineche: 'কিনেছে', kine: 'কিনে', kinechhe: 'কিনেছে', pathiyeche: 'পাঠিয়েছে', peyeche: 'পেয়েছে',
  shoi: 'সই', soi: 'সই', sakkhor: 'স্বাক্ষর', shakkhor: 'স্বাক্ষর',
  // frequent content words of this domain
  chukti: 'চুক্তি', shofor: 'সফর', sofor: 'সফর', safar: 'সফর', boithok: 'বৈঠক', baithak: 'বৈঠক',
  mukhopatro: 'মুখপাত্র', mukhpatro: 'মুখপাত্র', montri: 'মন্ত্রী', mantri: 'মন্ত্রী',
  prodhanmontri: 'প্রধানমন্ত্রী', rashtropoti: 'রাষ্ট্রপতি', rashtrodut: 'রাষ্ট্রদূত', pororashtromontri: 'পররাষ্ট্রমন্ত্রী',
  president: 'প্রেসিডেন্ট', presidente: 'প্রেসিডেন্ট', sorkar: 'সরকার', shorkar: 'সরকার',
  sohojogita: 'সহযোগিতা', shohojogita: 'সহযোগিতা', somporko: 'সম্পর্ক', shomporko: 'সম্পর্ক', somporke: 'সম্পর্কে',
  juddho: 'যুদ্ধ', judhdho: 'যুদ্ধ', hamla: 'হামলা', akromon: 'আক্রমণ', sena: 'সেনা', senabahini: 'সেনাবাহিনী',
  sorbaraho: 'সরবরাহ', shorboraho: 'সরবরাহ', sarbaraho: 'সরবরাহ', nishedhagga: 'নিষেধাজ্ঞা', nishedhaggya: 'নিষেধাজ্ঞা',
  banijjo: 'বাণিজ্য', binijog: 'বিনিয়োগ', biniyog: 'বিনিয়োগ', orthoniti: 'অর্থনীতি', tel: 'তেল', gas: 'গ্যাস',
  dollar: 'ডলার', taka: 'টাকা', koti: 'কোটি', lakh: 'লাখ', hazar: 'হাজার', hajar: 'হাজার',
  drone: 'ড্রোন', missile: 'মিসাইল', kshepanastro: 'ক্ষেপণাস্ত্র', khepanastro: 'ক্ষেপণাস্ত্র',
  kremlin: 'ক্রেমলিন', moscow: 'মস্কো', mosko: 'মস্কো', tehran: 'তেহরান', iran: 'ইরান', rashia: 'রাশিয়া',
  russia: 'রাশিয়া', rushia: 'রাশিয়া', rus: 'রুশ', rush: 'রুশ', cheen: 'চীন', chin: 'চীন', china: 'চীন',
  bharot: 'ভারত', bharat: 'ভারত', juktorashtro: 'যুক্তরাষ্ট্র', juktorajjo: 'যুক্তরাজ্য', america: 'আমেরিকা',
  ukraine: 'ইউক্রেন', ukrain: 'ইউক্রেন', israel: 'ইসরায়েল', shiria: 'সিরিয়া', syria: 'সিরিয়া', putin: 'পুতিন',
  pezeshkian: 'পেজেশকিয়ান', deshe: 'দেশে', desh: 'দেশ', bochor: 'বছর', bochhor: 'বছর', shal: 'সাল', sal: 'সাল',
  tarikh: 'তারিখ', tarikhe: 'তারিখে', din: 'দিন', mash: 'মাস', shoptah: 'সপ্তাহ', aj: 'আজ', ajke: 'আজকে', ajker: 'আজকের',
  lok: 'লোক', manush: 'মানুষ', bou: 'বউ', boi: 'বই', dokan: 'দোকান', vot: 'ভোট', bhot: 'ভোট', mot: 'মোট', gram: 'গ্রাম',
  somoy: 'সময়', shomoy: 'সময়', thakar: 'থাকার', bachha: 'বাচ্চা', baccha: 'বাচ্চা', bacca: 'বাচ্চা', bachcha: 'বাচ্চা',
  paowa: 'পাওয়া', pauwa: 'পাওয়া',
  gotokal: 'গতকাল', goto: 'গত', notun: 'নতুন', prothom: 'প্রথম', dui: 'দুই', tin: 'তিন', ek: 'এক', ekti: 'একটি',
  duti: 'দুটি', neta: 'নেতা', netara: 'নেতারা', shanti: 'শান্তি', nirapotta: 'নিরাপত্তা', protirokkha: 'প্রতিরক্ষা',
  poromanu: 'পরমাণু', parmanobik: 'পারমাণবিক', paromanobik: 'পারমাণবিক', shahed: 'শাহেদ',
  // everyday words whose sound-alikes are many (sona: সেনা, শূন্য, শাসন …; hotat: হত্যা, হাত, হাট …)
  sona: 'সোনা', shona: 'সোনা', rupa: 'রুপা', hotat: 'হঠাৎ', hothat: 'হঠাৎ', khub: 'খুব', beshi: 'বেশি', besi: 'বেশি',
  kom: 'কম', shudhu: 'শুধু', sudhu: 'শুধু', ekhono: 'এখনো', prai: 'প্রায়', praay: 'প্রায়', bhalo: 'ভালো', valo: 'ভালো',
  jubo: 'যুব', juba: 'যুব', // (jubo read by sound: জবাব, যাব, জৈব … with যুব at half weight)
  // news words whose sound-alikes outweigh them (atok: এটিও; ayojon: উজান, ওজন; kajkor: কোঝিকোড়)
  atok: 'আটক', greftar: 'গ্রেপ্তার', greptar: 'গ্রেপ্তার', griftar: 'গ্রেপ্তার', nihoto: 'নিহত', nihot: 'নিহত', ahoto: 'আহত',
  ahot: 'আহত', kajkor: 'কার্যকর', karjokor: 'কার্যকর', karjokar: 'কার্যকর', ayojon: 'আয়োজন', aiojon: 'আয়োজন',
  barche: 'বাড়ছে', bereche: 'বেড়েছে', komche: 'কমছে', komeche: 'কমেছে',
  bonna: 'বন্যা', bonya: 'বন্যা', rogi: 'রোগী', mach: 'মাছ', machh: 'মাছ', fashi: 'ফাঁসি', fasi: 'ফাঁসি',
  phashi: 'ফাঁসি', mishil: 'মিছিল', michil: 'মিছিল', khoti: 'ক্ষতি', krishok: 'কৃষক', krisok: 'কৃষক', oborodh: 'অবরোধ',
  khotipuron: 'ক্ষতিপূরণ', tadonto: 'তদন্ত',
  // frequent news words the sound match ranked at or below others (bebsha: বিষয়, বিশ্ব, বিশেষ, বেশি; kormo: ক্রোম)
  onchol: 'অঞ্চল', kormo: 'কর্ম', bebsha: 'ব্যবসা', byabsha: 'ব্যবসা', bebsa: 'ব্যবসা', goru: 'গরু', gorru: 'গরু', dim: 'ডিম',
  biddut: 'বিদ্যুৎ', bidyut: 'বিদ্যুৎ', badh: 'বাঁধ', bishwobiddaloy: 'বিশ্ববিদ্যালয়', biswabidyalay: 'বিশ্ববিদ্যালয়',
  bishwabiddalay: 'বিশ্ববিদ্যালয়', daktar: 'ডাক্তার', rog: 'রোগ', oshudh: 'ওষুধ', osudh: 'ওষুধ',
  // verbs and crime and politics words (hotta: হত্যা at half weight beside হাত, হতো; harse: হার্শ, হ্রাস)
  jitse: 'জিতেছে', harse: 'হেরেছে', dhorse: 'ধরেছে', hotta: 'হত্যা', hottha: 'হত্যা', dhorshon: 'ধর্ষণ', songhorsho: 'সংঘর্ষ',
  sangharsho: 'সংঘর্ষ', shonghorsho: 'সংঘর্ষ', shokkhor: 'স্বাক্ষর', swakkhor: 'স্বাক্ষর', borad: 'বরাদ্দ', boraddo: 'বরাদ্দ', onumodon: 'অনুমোদন',
  dilo: 'দিলো', nilo: 'নিলো', hoilo: 'হলো', elo: 'এলো', ashbe: 'আসবে', asbe: 'আসবে', dibe: 'দেবে', nibe: 'নেবে',
  // (doshi: দেশ, ধস at half weight; shiropa: শেরপা above শিরোপা; chintai: চিন্তা, চীনা beside ছিনতাই)
  doshi: 'দোষী', chintai: 'ছিনতাই', dakati: 'ডাকাতি', sorok: 'সড়ক', shiropa: 'শিরোপা', chempian: 'চ্যাম্পিয়ন',
  // (porse read as পরসে; gol as গল; bisso: বিষয়, বিশ্ব, বিশেষ at equal weight; byabostha: বসত, বস্তা)
  porche: 'পড়েছে', rakhche: 'রেখেছে', anche: 'এনেছে', gol: 'গোল', bisso: 'বিশ্ব', bissho: 'বিশ্ব', bishwo: 'বিশ্ব',
  biswa: 'বিশ্ব', byabostha: 'ব্যবস্থা', bebostha: 'ব্যবস্থা', babostha: 'ব্যবস্থা', khamar: 'খামার',
  // everyday words and verbs of dev questions the sound match read at half weight or not at all (korea: করা beside
  // কোরিয়া; dawat: দুটি, দিত; bachai: বাছু, বাঁচা; khola: কালা; sesh, sadar, paoa: nothing)
  nona: 'নোনা', korea: 'কোরিয়া', koriya: 'কোরিয়া', koria: 'কোরিয়া', rusia: 'রাশিয়া', dawat: 'দাওয়াত', daoat: 'দাওয়াত',
  daowat: 'দাওয়াত', ekoi: 'একই', sosti: 'স্বস্তি', shosti: 'স্বস্তি', shastho: 'স্বাস্থ্য', sastho: 'স্বাস্থ্য',
  shasthyo: 'স্বাস্থ্য', sadar: 'সদর', sodor: 'সদর', gorom: 'গরম', vorti: 'ভর্তি', bhorti: 'ভর্তি', bachai: 'বাছাই',
  chowki: 'চৌকি', chouki: 'চৌকি', khola: 'খোলা', bojropat: 'বজ্রপাত', bojropath: 'বজ্রপাত', chere: 'ছেড়ে', soho: 'সহ',
  sesh: 'শেষ', shesh: 'শেষ', modhe: 'মধ্যে', nishedhaga: 'নিষেধাজ্ঞা', nishedhagya: 'নিষেধাজ্ঞা',
  shecchasebok: 'স্বেচ্ছাসেবক', sechchhasebok: 'স্বেচ্ছাসেবক', gobeshok: 'গবেষক', gobesok: 'গবেষক', joutho: 'যৌথ',
  onno: 'অন্য', gato: 'গত', doi: 'দই', kas: 'কাছ', kach: 'কাছ', choy: 'ছয়', chhoy: 'ছয়', chaiche: 'চেয়েছে',
  paoa: 'পাওয়া', jawa: 'যাওয়া', jaoa: 'যাওয়া', jaoar: 'যাওয়ার', hoya: 'হওয়া', uni: 'উনি', ora: 'ওরা', oder: 'ওদের', oderke: 'ওদেরকে', oke: 'ওকে',
  // ("in what", a question word: kisher read by sound as কিশোর, খসড়া, খোসা …)
  kisher: 'কিসের', kiser: 'কিসের', kishe: 'কিসে', kise: 'কিসে',
  // (chele, read by sound: চালিয়, চালু, চলা, with ছেল at half weight)
  chele: 'ছেলে', chhele: 'ছেলে',
  dopter: 'দপ্তর', doptor: 'দপ্তর', mrittu: 'মৃত্যু', mrityu: 'মৃত্যু', poddotyag: 'পদত্যাগ', podotyag: 'পদত্যাগ', prarthi: 'প্রার্থী',
};

/**
 * Case and plural endings typed as words of their own ("nipah te", "meye der", "chatro ra", "boi gula"): the ending of the word before, which
 * asks nothing itself. ("ke" is the question word "who"; "e", "er" and "o" are function words in the table.)
 */
export const DETACHED_ENDINGS: ReadonlySet<string> = new Set(['te', 'tei', 're', 'der', 'ra', 'r', 'gula', 'gulo', 'guli']);

/**
 * Colloquial Bangladeshi spelling of the perfect and progressive with s for ch (korse করছে, gese গেছে, hoise হইছে,
 * bolsen বলছেন, dekhsilo): read as the ch form, which the table or the phonetic scheme knows.
 */
const COLLOQUIAL_VERB = /s(e|en|ilo|ilen|ilam)$/;

/**
 * The colloquial ending after a consonant (korse, dekhsen, bolsilo): a romanized verb even when the table does not know
 * its ch form. (A vowel before it is English as often: case, rise.)
 */
export const COLLOQUIAL_VERB_ENDING = /(?<=[^aeiou])(?:se|sen|silo|silen)$/u;

/** The Bengali verb form a colloquial romanized spelling stands for (korse → করছে), when the table knows it. */
export function colloquialVerb(lower: string): string | undefined {
  const standard = lower.replace(COLLOQUIAL_VERB, 'ch$1');
  return standard === lower ? undefined : ROMANIZED_TABLE[standard];
}

/**
 * The colloquial perfect and past of a verb in -ানো, as chat writes it (bosaise বসাইছে, harailo হারাইলো, chalaisen): the
 * standard form (বসিয়েছে, হারালো, চালিয়েছেন), which the verb table and the reports know. (The phonetic scheme alone spells
 * বসাইসে, a word no report writes, whose sounds match বিষয়, বিশেষ, ব্যবসায়ী.)
 */
const COLLOQUIAL_CAUSATIVE = /^([a-z]{2,}a)i(se|che|chhe|sen|chen|chhen|silo|chilo|chhilo|lo|len|lam|l)$/u;
const CAUSATIVE_ENDINGS: Readonly<Record<string, string>> = {
  se: 'িয়েছে', che: 'িয়েছে', chhe: 'িয়েছে', sen: 'িয়েছেন', chen: 'িয়েছেন', chhen: 'িয়েছেন',
  silo: 'িয়েছিল', chilo: 'িয়েছিল', chhilo: 'িয়েছিল', lo: 'ালো', len: 'ালেন', lam: 'ালাম', l: 'াল',
};

/** The standard Bengali form of a colloquial romanized -ানো verb (bosaise → বসিয়েছে), when the verb table knows it. */
function colloquialCausative(lower: string): string | undefined {
  const m = COLLOQUIAL_CAUSATIVE.exec(lower);
  if (!m) return undefined;
  const stem = ROMANIZED_TABLE[m[1]!] ?? transliterate(m[1]!);
  if (!stem.endsWith('া')) return undefined;
  const form = stem.slice(0, -1) + CAUSATIVE_ENDINGS[m[2]!]!;
  return verbLemma(normalize(form)) === undefined ? undefined : form;
}

/** Bengali case/number endings users glue to a stem ("kremliner", "rashiake", "irane"). */
const SUFFIXES: ReadonlyArray<[string, string, 'afterConsonant' | 'afterVowel' | 'any']> = [
  ['gulor', 'গুলোর', 'any'], ['gulo', 'গুলো', 'any'], ['guli', 'গুলি', 'any'],
  ['der', 'দের', 'any'], ['er', 'ের', 'afterConsonant'], ['r', 'র', 'afterVowel'],
  ['ke', 'কে', 'any'], ['te', 'তে', 'any'], ['ra', 'রা', 'any'], ['e', 'ে', 'afterConsonant'],
  ['y', 'য়', 'afterVowel'],
];

const VIRAMA = '\u09CD';
const BENGALI_DIGITS = '০১২৩৪৫৬৭৮৯';

/** Consonant digraphs/letters, longest first. */
const CONSONANTS: ReadonlyArray<[string, string]> = [
  // Avro and everyday typing write ক্ষ inside a word as "kkh" (shikkha শিক্ষা, porikkha পরীক্ষা, lokkho লক্ষ).
  ['kkh', 'ক্ষ'], ['ksh', 'ক্ষ'],
  ['chh', 'ছ'], ['kh', 'খ'], ['gh', 'ঘ'], ['ch', 'চ'], ['jh', 'ঝ'], ['th', 'থ'], ['dh', 'ধ'], ['ph', 'ফ'], ['bh', 'ভ'], ['sh', 'শ'], ['rh', 'ঢ়'], ['ck', 'ক'],
  ['k', 'ক'], ['q', 'ক'], ['c', 'ক'], ['g', 'গ'], ['j', 'জ'], ['z', 'জ'], ['t', 'ত'], ['d', 'দ'], ['n', 'ন'],
  ['p', 'প'], ['f', 'ফ'], ['b', 'ব'], ['v', 'ভ'], ['m', 'ম'], ['r', 'র'], ['l', 'ল'], ['s', 'স'], ['h', 'হ'],
  ['x', 'ক্স'],
];

/** Vowels: [latin, independent form, sign after a consonant]. Longest first. */
const VOWELS: ReadonlyArray<[string, string, string]> = [
  ['aa', 'আ', 'া'], ['ee', 'ঈ', 'ী'], ['oo', 'উ', 'ু'], ['oi', 'ঐ', 'ৈ'], ['ou', 'ঔ', 'ৌ'],
  ['a', 'আ', 'া'], ['i', 'ই', 'ি'], ['u', 'উ', 'ু'], ['e', 'এ', 'ে'], ['o', 'অ', ''],
];

/**
 * Consonant pairs written as conjuncts (first + virama + second). Other clusters in romanized
 * input are usually written with an inherent vowel in Bengali ("kremlin" → ক্রেমলিন, not ক্রেম্লিন).
 */
const CONJUNCTS = new Set([
  'কত', 'কস', 'কল', 'কট', 'কক', 'গন', 'গল', 'গগ', 'ঙগ', 'ঙক', 'চচ', 'চছ', 'জজ', 'জঞ',
  'তত', 'তন', 'তম', 'তব', 'তথ', 'দদ', 'দধ', 'দব', 'দম', 'নত', 'নদ', 'নধ', 'নন', 'নম', 'নস', 'নথ',
  'পত', 'পপ', 'পল', 'পস', 'বদ', 'বধ', 'বব', 'বল', 'মপ', 'মব', 'মম', 'মভ', 'লপ', 'লক', 'লল', 'লম', 'লদ',
  'শচ', 'শন', 'শব', 'শম', 'শল', 'সক', 'সত', 'সথ', 'সপ', 'সফ', 'সব', 'সম', 'সন', 'সল', 'ফল', 'গধ', 'কষ',
]);

function isBengaliConsonant(ch: string | undefined): boolean {
  return ch !== undefined && /[\u0995-\u09B9\u09CE\u09DC-\u09DF]/u.test(ch);
}

type Piece = { kind: 'C'; bn: string } | { kind: 'V'; latin: string; independent: string; sign: string } | { kind: 'O'; bn: string };

function segment(word: string): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  outer: while (i < word.length) {
    for (const [latin, independent, sign] of VOWELS) {
      if (word.startsWith(latin, i)) {
        pieces.push({ kind: 'V', latin, independent, sign });
        i += latin.length;
        continue outer;
      }
    }
    for (const [latin, bn] of CONSONANTS) {
      if (word.startsWith(latin, i)) {
        pieces.push({ kind: 'C', bn });
        i += latin.length;
        continue outer;
      }
    }
    const ch = word[i];
    if (ch === 'y' || ch === 'w') pieces.push({ kind: 'C', bn: ch });
    else if (/[0-9]/u.test(ch)) pieces.push({ kind: 'O', bn: BENGALI_DIGITS[Number(ch)] });
    else pieces.push({ kind: 'O', bn: ch });
    i += 1;
  }
  return pieces;
}

/** Letter-by-letter phonetic transliteration (no table). */
function transliterate(word: string): string {
  const pieces = segment(word);
  let out = '';
  let prev: 'start' | 'C' | 'V' = 'start';
  let lastConsonant = '';
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k];
    const next = pieces[k + 1];
    if (piece.kind === 'O') {
      out += piece.bn;
      prev = 'start';
      continue;
    }
    if (piece.kind === 'V') {
      if (prev === 'C') {
        // Word-final "o" after a single consonant is usually ো ("mosko", "bolo"); elsewhere inherent.
        const isFinalO = piece.latin === 'o' && next === undefined && !out.endsWith(VIRAMA, out.length - lastConsonant.length);
        out += isFinalO ? 'ো' : piece.sign;
      } else if (prev === 'V' && (piece.latin === 'a' || piece.latin === 'e' || piece.latin === 'aa')) {
        // Bengali writes a glide between vowels: "rashia" → রাশিয়া, "tie" → টিয়ে.
        out += 'য়' + piece.sign;
      } else if (prev === 'V' && piece.latin === 'o') {
        // অ never follows a vowel inside a Bengali word: "o" there is ও ("shaon" → শাওন, "deoa" → দেওয়া).
        out += 'ও';
      } else {
        out += piece.independent;
      }
      prev = 'V';
      continue;
    }
    // Consonant.
    let bn = piece.bn;
    if (bn === 'y') {
      if (prev === 'C') { out += VIRAMA + 'য'; prev = 'C'; continue; } // য-ফলা
      if (prev === 'start' && next?.kind === 'V') { out += 'ই'; }
      bn = 'য়';
    } else if (bn === 'w') {
      if (prev === 'C') { out += VIRAMA + 'ব'; prev = 'C'; continue; } // ব-ফলা
      if (next?.kind === 'V') { out += 'ও'; bn = 'য়'; } else { out += 'ও'; prev = 'V'; continue; }
    } else if (bn === 'ন' && next?.kind === 'C' && next.bn === 'গ') {
      // "ng": ং before a consonant or at the end, ঙ্গ before a vowel ("songe" → সঙ্গে).
      const afterG = pieces[k + 2];
      if (afterG?.kind === 'V') { out += 'ঙ' + VIRAMA + 'গ'; k += 1; prev = 'C'; lastConsonant = 'গ'; continue; }
      out += 'ং'; k += 1; prev = 'V'; continue;
    } else if (bn === 'ন' && next?.kind === 'C' && next.bn === 'ক') {
      out += 'ং'; prev = 'V'; continue;
    }
    if (prev === 'C') {
      const pair = lastConsonant + bn;
      // র-ফলা after any consonant; listed conjuncts; otherwise an unwritten inherent vowel.
      if (bn === 'র' || CONJUNCTS.has(pair)) out += VIRAMA;
    }
    out += bn;
    lastConsonant = bn;
    prev = 'C';
  }
  return out;
}

/**
 * Transliterate one romanized-Bengali word into Bengali script.
 * Table words are exact; "stem + case ending" is rebuilt from the table when possible
 * ("kremliner" → ক্রেমলিনের); anything else goes through the phonetic scheme.
 */
export function romanizedToBengali(word: string): string {
  const lower = word.toLowerCase().normalize('NFC').replace(/[^a-z0-9]/gu, '');
  if (lower === '') return word;
  const exact = ROMANIZED_TABLE[lower];
  if (exact) return exact;
  const colloquial = colloquialVerb(lower) ?? colloquialCausative(lower);
  if (colloquial) return colloquial;
  for (const [latin, bn, when] of SUFFIXES) {
    if (!lower.endsWith(latin) || lower.length - latin.length < 3) continue;
    const stem = lower.slice(0, -latin.length);
    const stemBn = ROMANIZED_TABLE[stem];
    if (!stemBn) continue;
    const stemEndsInConsonant = isBengaliConsonant(stemBn.at(-1));
    if (when === 'afterConsonant' && !stemEndsInConsonant) continue;
    if (when === 'afterVowel' && stemEndsInConsonant) continue;
    return stemBn + bn;
  }
  return transliterate(lower);
}
