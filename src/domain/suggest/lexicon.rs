//! Word lists the suggestion rules match against: reporting verbs with their
//! inflections, warning and risk cues, titles stripped from speaker names and
//! the small closed classes (pronouns, number words, months) the rules need.
//!
//! Kept in Rust rather than read from a file because the page ships without
//! the shared data directory. Every list is lowercase; lookups lowercase
//! first.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Every inflected form of a reporting verb, with its lemma, sorted by form
/// (so none is listed twice); [`lookup`] finds a word's lemma with its lists.
///
/// The lemmas are textacy 0.13.0's English `REPORTING_VERBS`
/// (`textacy/constants.py`, Apache-2.0, used by
/// `textacy.extract.triples.direct_quotations`), plus verbs news writing uses
/// for attribution that the list lacks (`reiterate`, `affirm`, `indicate`,
/// `caution`, `vow`, `threaten`, …). Inflections are written out here.
pub const REPORTING_FORMS: &[(&str, &str)] = &[
    ("according", "according"),
    ("accuse", "accuse"),
    ("accused", "accuse"),
    ("accuses", "accuse"),
    ("accusing", "accuse"),
    ("acknowledge", "acknowledge"),
    ("acknowledged", "acknowledge"),
    ("acknowledges", "acknowledge"),
    ("acknowledging", "acknowledge"),
    ("add", "add"),
    ("added", "add"),
    ("adding", "add"),
    ("adds", "add"),
    ("admit", "admit"),
    ("admits", "admit"),
    ("admitted", "admit"),
    ("admitting", "admit"),
    ("affirm", "affirm"),
    ("affirmed", "affirm"),
    ("affirming", "affirm"),
    ("affirms", "affirm"),
    ("agree", "agree"),
    ("agreed", "agree"),
    ("agreeing", "agree"),
    ("agrees", "agree"),
    ("allege", "allege"),
    ("alleged", "allege"),
    ("alleges", "allege"),
    ("alleging", "allege"),
    ("announce", "announce"),
    ("announced", "announce"),
    ("announces", "announce"),
    ("announcing", "announce"),
    ("answer", "answer"),
    ("answered", "answer"),
    ("answering", "answer"),
    ("answers", "answer"),
    ("argue", "argue"),
    ("argued", "argue"),
    ("argues", "argue"),
    ("arguing", "argue"),
    ("ask", "ask"),
    ("asked", "ask"),
    ("asking", "ask"),
    ("asks", "ask"),
    ("assert", "assert"),
    ("asserted", "assert"),
    ("asserting", "assert"),
    ("asserts", "assert"),
    ("assure", "assure"),
    ("assured", "assure"),
    ("assures", "assure"),
    ("assuring", "assure"),
    ("believe", "believe"),
    ("believed", "believe"),
    ("believes", "believe"),
    ("believing", "believe"),
    ("blame", "blame"),
    ("blamed", "blame"),
    ("blames", "blame"),
    ("blaming", "blame"),
    ("call", "call"),
    ("called", "call"),
    ("calling", "call"),
    ("calls", "call"),
    ("caution", "caution"),
    ("cautioned", "caution"),
    ("cautioning", "caution"),
    ("cautions", "caution"),
    ("charge", "charge"),
    ("charged", "charge"),
    ("charges", "charge"),
    ("charging", "charge"),
    ("cite", "cite"),
    ("cited", "cite"),
    ("cites", "cite"),
    ("citing", "cite"),
    ("claim", "claim"),
    ("claimed", "claim"),
    ("claiming", "claim"),
    ("claims", "claim"),
    ("comment", "comment"),
    ("commented", "comment"),
    ("commenting", "comment"),
    ("comments", "comment"),
    ("complain", "complain"),
    ("complained", "complain"),
    ("complaining", "complain"),
    ("complains", "complain"),
    ("concede", "concede"),
    ("conceded", "concede"),
    ("concedes", "concede"),
    ("conceding", "concede"),
    ("conclude", "conclude"),
    ("concluded", "conclude"),
    ("concludes", "conclude"),
    ("concluding", "conclude"),
    ("confirm", "confirm"),
    ("confirmed", "confirm"),
    ("confirming", "confirm"),
    ("confirms", "confirm"),
    ("contend", "contend"),
    ("contended", "contend"),
    ("contending", "contend"),
    ("contends", "contend"),
    ("counter", "counter"),
    ("countered", "counter"),
    ("countering", "counter"),
    ("counters", "counter"),
    ("criticise", "criticise"),
    ("criticised", "criticise"),
    ("criticises", "criticise"),
    ("criticising", "criticise"),
    ("criticize", "criticize"),
    ("criticized", "criticize"),
    ("criticizes", "criticize"),
    ("criticizing", "criticize"),
    ("declare", "declare"),
    ("declared", "declare"),
    ("declares", "declare"),
    ("declaring", "declare"),
    ("decline", "decline"),
    ("declined", "decline"),
    ("declines", "decline"),
    ("declining", "decline"),
    ("demand", "demand"),
    ("demanded", "demand"),
    ("demanding", "demand"),
    ("demands", "demand"),
    ("denied", "deny"),
    ("denies", "deny"),
    ("deny", "deny"),
    ("denying", "deny"),
    ("describe", "describe"),
    ("described", "describe"),
    ("describes", "describe"),
    ("describing", "describe"),
    ("disagree", "disagree"),
    ("disagreed", "disagree"),
    ("disagrees", "disagree"),
    ("disagreing", "disagree"),
    ("disclose", "disclose"),
    ("disclosed", "disclose"),
    ("discloses", "disclose"),
    ("disclosing", "disclose"),
    ("dispute", "dispute"),
    ("disputed", "dispute"),
    ("disputes", "dispute"),
    ("disputing", "dispute"),
    ("emphasise", "emphasise"),
    ("emphasised", "emphasise"),
    ("emphasises", "emphasise"),
    ("emphasising", "emphasise"),
    ("emphasize", "emphasize"),
    ("emphasized", "emphasize"),
    ("emphasizes", "emphasize"),
    ("emphasizing", "emphasize"),
    ("estimate", "estimate"),
    ("estimated", "estimate"),
    ("estimates", "estimate"),
    ("estimating", "estimate"),
    ("explain", "explain"),
    ("explained", "explain"),
    ("explaining", "explain"),
    ("explains", "explain"),
    ("fear", "fear"),
    ("feared", "fear"),
    ("fearing", "fear"),
    ("fears", "fear"),
    ("find", "find"),
    ("finding", "find"),
    ("finds", "find"),
    ("found", "find"),
    ("hope", "hope"),
    ("hoped", "hope"),
    ("hopes", "hope"),
    ("hoping", "hope"),
    ("indicate", "indicate"),
    ("indicated", "indicate"),
    ("indicates", "indicate"),
    ("indicating", "indicate"),
    ("insist", "insist"),
    ("insisted", "insist"),
    ("insisting", "insist"),
    ("insists", "insist"),
    ("joke", "joke"),
    ("joked", "joke"),
    ("jokes", "joke"),
    ("joking", "joke"),
    ("laugh", "laugh"),
    ("laughed", "laugh"),
    ("laughing", "laugh"),
    ("laughs", "laugh"),
    ("maintain", "maintain"),
    ("maintained", "maintain"),
    ("maintaining", "maintain"),
    ("maintains", "maintain"),
    ("mention", "mention"),
    ("mentioned", "mention"),
    ("mentioning", "mention"),
    ("mentions", "mention"),
    ("note", "note"),
    ("noted", "note"),
    ("notes", "note"),
    ("noting", "note"),
    ("observe", "observe"),
    ("observed", "observe"),
    ("observes", "observe"),
    ("observing", "observe"),
    ("order", "order"),
    ("ordered", "order"),
    ("ordering", "order"),
    ("orders", "order"),
    ("pledge", "pledge"),
    ("pledged", "pledge"),
    ("pledges", "pledge"),
    ("pledging", "pledge"),
    ("post", "post"),
    ("posted", "post"),
    ("posting", "post"),
    ("posts", "post"),
    ("predict", "predict"),
    ("predicted", "predict"),
    ("predicting", "predict"),
    ("predicts", "predict"),
    ("proclaim", "proclaim"),
    ("proclaimed", "proclaim"),
    ("proclaiming", "proclaim"),
    ("proclaims", "proclaim"),
    ("promise", "promise"),
    ("promised", "promise"),
    ("promises", "promise"),
    ("promising", "promise"),
    ("quip", "quip"),
    ("quipped", "quip"),
    ("quipping", "quip"),
    ("quips", "quip"),
    ("reassure", "reassure"),
    ("reassured", "reassure"),
    ("reassures", "reassure"),
    ("reassuring", "reassure"),
    ("recall", "recall"),
    ("recalled", "recall"),
    ("recalling", "recall"),
    ("recalls", "recall"),
    ("recommend", "recommend"),
    ("recommended", "recommend"),
    ("recommending", "recommend"),
    ("recommends", "recommend"),
    ("reiterate", "reiterate"),
    ("reiterated", "reiterate"),
    ("reiterates", "reiterate"),
    ("reiterating", "reiterate"),
    ("remark", "remark"),
    ("remarked", "remark"),
    ("remarking", "remark"),
    ("remarks", "remark"),
    ("repeat", "repeat"),
    ("repeated", "repeat"),
    ("repeating", "repeat"),
    ("repeats", "repeat"),
    ("replied", "reply"),
    ("replies", "reply"),
    ("reply", "reply"),
    ("replying", "reply"),
    ("report", "report"),
    ("reported", "report"),
    ("reporting", "report"),
    ("reports", "report"),
    ("respond", "respond"),
    ("responded", "respond"),
    ("responding", "respond"),
    ("responds", "respond"),
    ("retort", "retort"),
    ("retorted", "retort"),
    ("retorting", "retort"),
    ("retorts", "retort"),
    ("reveal", "reveal"),
    ("revealed", "reveal"),
    ("revealing", "reveal"),
    ("reveals", "reveal"),
    ("said", "say"),
    ("say", "say"),
    ("saying", "say"),
    ("says", "say"),
    ("shout", "shout"),
    ("shouted", "shout"),
    ("shouting", "shout"),
    ("shouts", "shout"),
    ("show", "show"),
    ("showed", "show"),
    ("showing", "show"),
    ("shown", "show"),
    ("shows", "show"),
    ("sigh", "sigh"),
    ("sighed", "sigh"),
    ("sighing", "sigh"),
    ("sighs", "sigh"),
    ("signal", "signal"),
    ("signaled", "signal"),
    ("signaling", "signal"),
    ("signalled", "signal"),
    ("signalling", "signal"),
    ("signals", "signal"),
    ("smile", "smile"),
    ("smiled", "smile"),
    ("smiles", "smile"),
    ("smiling", "smile"),
    ("state", "state"),
    ("stated", "state"),
    ("states", "state"),
    ("stating", "state"),
    ("stress", "stress"),
    ("stressed", "stress"),
    ("stresses", "stress"),
    ("stressing", "stress"),
    ("suggest", "suggest"),
    ("suggested", "suggest"),
    ("suggesting", "suggest"),
    ("suggests", "suggest"),
    ("tell", "tell"),
    ("telling", "tell"),
    ("tells", "tell"),
    ("testified", "testify"),
    ("testifies", "testify"),
    ("testify", "testify"),
    ("testifying", "testify"),
    ("think", "think"),
    ("thinking", "think"),
    ("thinks", "think"),
    ("thought", "think"),
    ("threaten", "threaten"),
    ("threatened", "threaten"),
    ("threatening", "threaten"),
    ("threatens", "threaten"),
    ("told", "tell"),
    ("tweet", "tweet"),
    ("tweeted", "tweet"),
    ("tweeting", "tweet"),
    ("tweets", "tweet"),
    ("underline", "underline"),
    ("underlined", "underline"),
    ("underlines", "underline"),
    ("underlining", "underline"),
    ("urge", "urge"),
    ("urged", "urge"),
    ("urges", "urge"),
    ("urging", "urge"),
    ("vow", "vow"),
    ("vowed", "vow"),
    ("vowing", "vow"),
    ("vows", "vow"),
    ("warn", "warn"),
    ("warned", "warn"),
    ("warning", "warn"),
    ("warns", "warn"),
    ("worried", "worry"),
    ("worries", "worry"),
    ("worry", "worry"),
    ("worrying", "worry"),
    ("write", "write"),
    ("writes", "write"),
    ("writing", "write"),
    ("written", "write"),
    ("wrote", "write"),
];

/// Reporting verbs whose indirect speech is not a claim: questions, orders,
/// wishes and opinions, and verbs that introduce a label (`called it "…"`).
pub const NON_CLAIM_LEMMAS: List = List::new(
    0,
    &[
        "according",
        "agree",
        "ask",
        "believe",
        "call",
        "decline",
        "describe",
        "fear",
        "hope",
        "joke",
        "laugh",
        "order",
        "quip",
        "recommend",
        "shout",
        "sigh",
        "smile",
        "think",
        "urge",
        "worry",
    ],
);

/// Reporting verbs whose object names the target of an accusation
/// (`accused X of …`): reported speech even without a clause after them.
pub const ACCUSING_LEMMAS: List =
    List::new(1, &["accuse", "blame", "charge", "criticise", "criticize"]);

/// Reporting verbs whose object is itself the reported content (`denied the
/// allegations`, `affirmed Tehran's readiness`, `announced a merger`).
pub const ASSERTING_LEMMAS: List = List::new(
    2,
    &[
        "admit", "affirm", "allege", "announce", "confirm", "deny", "disclose", "reveal",
    ],
);

/// Words that mark a finite clause after a reporting verb (`said the talks
/// had failed`): auxiliaries and modals. Past forms ending in `-ed` count too.
pub const CLAUSE_MARKERS: List = List::new(
    3,
    &[
        "are", "can", "could", "did", "do", "does", "had", "has", "have", "is", "may", "might",
        "must", "needs", "remain", "remains", "should", "was", "were", "will", "would",
    ],
);

/// Irregular past forms, which mark a finite clause like `-ed` does.
pub const IRREGULAR_PASTS: List = List::new(
    4,
    &[
        "became", "began", "brought", "built", "came", "fell", "felt", "found", "gave", "got",
        "grew", "held", "kept", "knew", "led", "left", "lost", "made", "meant", "met", "paid",
        "put", "ran", "rose", "said", "saw", "sent", "set", "sold", "spent", "stood", "told",
        "took", "went", "won", "wrote",
    ],
);

/// Words before a noun: a reporting verb's base form after one is the noun
/// (`the dispute`, `a report`), not the verb.
pub const DETERMINERS: List = List::new(
    5,
    &[
        "a", "an", "any", "each", "every", "her", "his", "its", "my", "no", "our", "that", "the",
        "their", "these", "this", "those", "your",
    ],
);

/// Prepositions; a reporting verb's base form after one is a noun (`free of
/// charge`). Not `to`, which makes an infinitive (`to deny`).
pub const PREPOSITIONS: List = List::new(
    6,
    &[
        "at", "by", "for", "from", "in", "of", "on", "under", "with", "without",
    ],
);

/// Forms of `be` that make a reporting verb passive (`was told to …`).
pub const BE_FORMS: List = List::new(7, &["are", "be", "been", "being", "is", "was", "were"]);

/// Subject pronouns that can stand for a named speaker.
pub const PERSONAL_PRONOUNS: List = List::new(8, &["he", "she"]);

/// Pronouns that are subjects but name nobody the engine can resolve.
pub const OTHER_PRONOUNS: List = List::new(9, &["i", "it", "they", "we", "you"]);

/// Words that come before a name as a title or role; a speaker is written
/// without them (`Gen. Arvo Lind` → `Arvo Lind`).
pub const TITLES: List = List::new(
    10,
    &[
        "admiral",
        "ambassador",
        "attorney",
        "ayatollah",
        "bishop",
        "capt",
        "captain",
        "cardinal",
        "chair",
        "chairman",
        "chairwoman",
        "chancellor",
        "chief",
        "coach",
        "col",
        "colonel",
        "commissioner",
        "councillor",
        "councilman",
        "councilor",
        "councilwoman",
        "dame",
        "deputy",
        "director",
        "doctor",
        "dr",
        "father",
        "foreign",
        "gen",
        "general",
        "gov",
        "governor",
        "imam",
        "inspector",
        "judge",
        "justice",
        "king",
        "lady",
        "leader",
        "lieutenant",
        "lord",
        "lt",
        "maj",
        "major",
        "manager",
        "mayor",
        "mep",
        "minister",
        "miss",
        "mp",
        "mr",
        "mrs",
        "ms",
        "msp",
        "pope",
        "premier",
        "president",
        "prime",
        "prince",
        "princess",
        "prof",
        "professor",
        "queen",
        "rabbi",
        "rep",
        "representative",
        "rev",
        "reverend",
        "secretary",
        "sen",
        "senator",
        "sergeant",
        "sgt",
        "sheikh",
        "sheriff",
        "sir",
        "speaker",
        "superintendent",
        "supreme",
        "vice",
    ],
);

/// Title abbreviations written with a full stop (`Dr.`, `Gen.`), which stay
/// part of a name run.
pub const TITLE_ABBREVIATIONS: List = List::new(
    11,
    &[
        "capt", "col", "dr", "gen", "gov", "lt", "maj", "mr", "mrs", "ms", "prof", "rep", "rev",
        "sen", "sgt", "st",
    ],
);

/// Lowercase words inside names (`Charles de Gaulle`, `Ursula von der Leyen`).
pub const NAME_PARTICLES: List = List::new(
    12,
    &[
        "al", "bin", "da", "de", "del", "der", "di", "du", "la", "le", "van", "von",
    ],
);

/// Capitalised words that open sentences without being names: a run made
/// only of these names nobody.
pub const NOT_NAMES: List = List::new(
    13,
    &[
        "a",
        "after",
        "also",
        "an",
        "and",
        "as",
        "asked",
        "at",
        "before",
        "but",
        "by",
        "during",
        "for",
        "from",
        "however",
        "if",
        "in",
        "many",
        "meanwhile",
        "most",
        "on",
        "one",
        "outside",
        "since",
        "some",
        "speaking",
        "still",
        "that",
        "the",
        "then",
        "these",
        "this",
        "those",
        "to",
        "under",
        "when",
        "while",
        "with",
        "writing",
        "yet",
    ],
);

/// Unnamed sources: `police said`, `officials warned`. A quote attributed to
/// one has no named speaker, and must not inherit the previous quote's.
pub const GENERIC_SOURCES: List = List::new(
    14,
    &[
        "analysts",
        "authorities",
        "campaigners",
        "critics",
        "diplomats",
        "doctors",
        "economists",
        "experts",
        "forecasters",
        "investigators",
        "lawyers",
        "locals",
        "observers",
        "officers",
        "officials",
        "organisers",
        "organizers",
        "others",
        "parents",
        "police",
        "prosecutors",
        "protesters",
        "regulators",
        "researchers",
        "residents",
        "scientists",
        "sources",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "traders",
        "witnesses",
        "workers",
    ],
);

/// Words that make a name an organisation or a place rather than a person,
/// so `he`/`she` never resolves to it (`the Crown Inn`, `the Westfield Road
/// gates`). Not `lane`, `church` or `gates`, which are as often surnames.
pub const NON_PERSON_WORDS: List = List::new(
    15,
    &[
        "agency",
        "airport",
        "alliance",
        "association",
        "authority",
        "avenue",
        "bank",
        "bridge",
        "capital",
        "centre",
        "chamber",
        "city",
        "club",
        "commission",
        "committee",
        "company",
        "corp",
        "council",
        "county",
        "court",
        "daily",
        "department",
        "electronics",
        "estate",
        "foods",
        "foundation",
        "gate",
        "group",
        "hall",
        "harbour",
        "holdings",
        "homes",
        "hospital",
        "hotel",
        "house",
        "inc",
        "industries",
        "inn",
        "institute",
        "league",
        "line",
        "marine",
        "market",
        "ministry",
        "motors",
        "news",
        "office",
        "park",
        "partners",
        "party",
        "pharmaceuticals",
        "pier",
        "plant",
        "police",
        "port",
        "press",
        "rail",
        "ratings",
        "river",
        "road",
        "school",
        "securities",
        "service",
        "shipping",
        "square",
        "state",
        "station",
        "street",
        "therapeutics",
        "times",
        "town",
        "toys",
        "trust",
        "union",
        "united",
        "university",
        "vale",
        "valley",
        "wire",
    ],
);

/// Adverbs allowed between a speaker and the verb (`Reyka later said`).
pub const ATTRIBUTION_ADVERBS: List = List::new(
    16,
    &[
        "afterwards",
        "again",
        "also",
        "calmly",
        "finally",
        "flatly",
        "later",
        "once",
        "quietly",
        "simply",
        "then",
    ],
);

/// Number words that make a statement checkable (`three people`); `one` is
/// left out because it is mostly a pronoun.
pub const NUMBER_WORDS: List = List::new(
    17,
    &[
        "billion",
        "dozen",
        "dozens",
        "eight",
        "eighteen",
        "eighty",
        "eleven",
        "fifteen",
        "fifty",
        "five",
        "forty",
        "four",
        "fourteen",
        "half",
        "hundred",
        "hundreds",
        "million",
        "millions",
        "nine",
        "nineteen",
        "ninety",
        "percent",
        "seven",
        "seventeen",
        "seventy",
        "six",
        "sixteen",
        "sixty",
        "ten",
        "third",
        "thirteen",
        "thirty",
        "thousand",
        "thousands",
        "three",
        "trillion",
        "twelve",
        "twenty",
        "twice",
        "two",
    ],
);

/// Months and weekdays, matched capitalised only (`May` the month, not the
/// modal).
pub const CALENDAR_WORDS: &[&str] = &[
    "Apr",
    "April",
    "Aug",
    "August",
    "Dec",
    "December",
    "Feb",
    "February",
    "Friday",
    "Jan",
    "January",
    "Jul",
    "July",
    "Jun",
    "June",
    "Mar",
    "March",
    "May",
    "Monday",
    "Nov",
    "November",
    "Oct",
    "October",
    "Saturday",
    "Sep",
    "Sept",
    "September",
    "Sunday",
    "Thursday",
    "Tuesday",
    "Wednesday",
];

/// The first words of the advertising and subscription phrases that mark a
/// promotional footer (`subscribe now`, `all rights reserved`).
pub const PROMOTIONAL_OPENERS: List = List::new(
    63,
    &[
        "abonnez",
        "abonnez-vous",
        "all",
        "download",
        "follow",
        "newsletter",
        "newsletters",
        "sign",
        "sign-up",
        "sponsored",
        "straight",
        "subscribe",
        "support",
        "terms",
        "trusted",
        "unlimited",
        "your",
    ],
);

/// Verbs that open an imperative sentence: calls to action are never claims.
pub const IMPERATIVE_OPENERS: List = List::new(
    18,
    &[
        "buy",
        "call",
        "check",
        "click",
        "contact",
        "discover",
        "do",
        "don't",
        "download",
        "find",
        "follow",
        "get",
        "go",
        "join",
        "learn",
        "listen",
        "never",
        "please",
        "read",
        "register",
        "save",
        "see",
        "share",
        "shop",
        "sign",
        "subscribe",
        "support",
        "try",
        "visit",
        "watch",
    ],
);

/// Word stems that make a sentence a warning on their own: explicit warnings,
/// threats and risks (the starter list's `warn`, `caution`, `threat`, `risk`,
/// `danger`, `hazard`, `evacuate`, `beware`, `vulnerable`, and their
/// neighbours; not `emergency`,
/// which on the labelled articles only ever modified a noun: `emergency
/// shelters`, `emergency funds`).
pub const WARNING_STEMS: List = List::stems(
    19,
    &[
        "alert",
        "beware",
        "catastroph",
        "caution",
        "consequence",
        "danger",
        "deadl",
        "disaster",
        "disastr",
        "endanger",
        "evacuat",
        "expos",
        "hazard",
        "jeopard",
        "lethal",
        // `a life-threatening storm`: one word to the tokens.
        "life-threat",
        "peril",
        "retaliat",
        "risk",
        "scam",
        "threat",
        "toxic",
        "ultimatum",
        "unsafe",
        "vulnerab",
        "warn",
    ],
);

/// Actions against someone that `will`/`would` turn into a threat (`would
/// retaliate`, `will fight the closure`).
pub const THREAT_VERBS: List = List::new(
    20,
    &[
        "arrest",
        "attack",
        "block",
        "evict",
        "expel",
        "fight",
        "jail",
        "prosecute",
        "punish",
        "resist",
        "retaliate",
        "strike",
        "sue",
    ],
);

/// Manners of acting that make `would respond` a threat (`would respond
/// forcefully`).
pub const FORCE_ADVERBS: List = List::new(
    21,
    &[
        "decisively",
        "forcefully",
        "harshly",
        "militarily",
        "severely",
    ],
);

/// Harms that `can`/`may` make a risk (`can cause pneumonia`, `can start
/// fires`); these modals are too common to count on their own.
pub const HARM_WORDS: List = List::new(
    22,
    &[
        "burn",
        "burned",
        "burns",
        "cause",
        "collapse",
        "collapsed",
        "collapses",
        "contaminate",
        "contaminated",
        "contamination",
        "damage",
        "damaged",
        "damages",
        "death",
        "deaths",
        "destroy",
        "destroyed",
        "die",
        "dies",
        "disease",
        "drown",
        "drowned",
        "drowning",
        "explode",
        "fatal",
        "fire",
        "fires",
        "flood",
        "flooded",
        "flooding",
        "floods",
        "harm",
        "harmed",
        "hurt",
        "hurts",
        "illness",
        "infection",
        "infections",
        "injure",
        "injured",
        "injuries",
        "injury",
        "kill",
        "killed",
        "kills",
        "overheat",
        "poison",
        "poisoned",
        "poisoning",
        "seizures",
        "sick",
        "spread",
        "spreads",
        "struggle",
        "war",
    ],
);

/// Words that undo a warning cue right before it (`free from threats`,
/// `no risk`, `nobody is being put in danger`).
pub const NEGATORS: List = List::new(23, &["free", "never", "no", "nobody", "not", "without"]);

/// Modals that turn a statement into a possibility of harm (`could disrupt`).
pub const RISK_MODALS: List = List::new(24, &["could", "might"]);

/// Verbs that, after `could` or `might`, bring an outcome about or name a
/// decline (`could lead to job losses`, `could trigger asthma attacks`,
/// `could fall by a third`): with them a possibility is of harm, where
/// `could resume`, `could take three weeks` or `could claim rights` are not.
pub const OUTCOME_VERBS: List = List::new(
    60,
    &[
        "cause", "delay", "drop", "endanger", "escalate", "fall", "force", "forced", "harm",
        "hurt", "injure", "kill", "lead", "mean", "plunge", "push", "release", "result", "seized",
        "send", "slump", "spark", "spread", "threaten", "trigger", "unable", "wipe",
    ],
);

/// Verbs of intent that, followed by `to`, announce a threat or an urgent
/// caution (`vowed to retaliate`, `urged residents to avoid`).
pub const INTENT_LEMMAS: List = List::new(25, &["urge", "vow"]);

/// Outcomes of loss or harm that make a condition a threat (`if it does
/// not rain, we will have to sell`, `one more dry fortnight and the crop
/// is gone`, `by Friday, or the cranes stop`); `HARM_WORDS` count too.
pub const CONSEQUENCE_WORDS: List = List::new(
    26,
    &[
        "bankrupt", "close", "closed", "cost", "costs", "crisis", "cut", "dead", "doomed", "fail",
        "fails", "finished", "gone", "halt", "hospital", "lose", "loses", "losing", "lost", "ruin",
        "ruined", "shut", "stop", "stops", "suffer", "survive", "trouble", "wiped",
    ],
);

/// What `will`/`would`/`could` turn into damage foretold (`would halt
/// container traffic`, `will cripple the town`, `could be devastating`,
/// `hospitals could be overwhelmed`), besides `HARM_WORDS`. Stems, so that
/// each verb's forms count (`devastat` for `devastated` and `devastating`);
/// `losing` apart, as it does not start with `lose`. Not `cost` or `cut`,
/// which mostly announce budgets (`would cost £46 million`).
pub const DAMAGE_VERBS: List = List::stems(
    27,
    &[
        "breach",
        "burst",
        "cripp",
        "damag",
        "default",
        "derail",
        "destabili",
        "devastat",
        "disappear",
        "disrupt",
        "halt",
        "lose",
        "losing",
        "overwhelm",
        "paraly",
        "ruin",
        "starv",
        "suffer",
        "undermin",
        "vanish",
        "wipe",
        "worsen",
        "wreck",
    ],
);

/// Gains that make `could` a hope, not a risk (`growers could save water`,
/// `could cover its customers`, `could rest players`), plain plans (`could
/// announce the plan`, `could apply from May`), and perceptions that make
/// it a description (`you could taste it in the air`).
pub const BENEFIT_VERBS: List = List::new(
    28,
    &[
        "afford",
        "announce",
        "apply",
        "attend",
        "attract",
        "avert",
        "benefit",
        "benefits",
        "boost",
        "boosts",
        "celebrate",
        "cover",
        "create",
        "earn",
        "enjoy",
        "expand",
        "gain",
        "hear",
        "help",
        "helps",
        "hire",
        "improve",
        "improves",
        "prevent",
        "qualify",
        "rest",
        "save",
        "saves",
        // `they could show whether the gas is water`: a finding.
        "show",
        "smell",
        "survive",
        "taste",
        "win",
        "wins",
    ],
);

/// Penalties someone `faces` (`face fines of up to €5,000`).
pub const PENALTIES: List = List::new(
    29,
    &[
        "arrest",
        "ban",
        "bankruptcy",
        "bans",
        "charges",
        "closure",
        "deportation",
        "dismissal",
        "eviction",
        "fine",
        "fines",
        "jail",
        "penalties",
        "prison",
        "prosecution",
        "ruin",
        "sanctions",
    ],
);

/// Opening words that cannot be a command before `and` (`But the…`,
/// `When the…`): conjunctions, prepositions and quantifiers.
pub const NOT_COMMANDS: List = List::new(
    30,
    &[
        "about", "after", "against", "all", "along", "although", "and", "as", "at", "because",
        "before", "both", "but", "by", "despite", "during", "even", "for", "from", "if", "in",
        "into", "like", "of", "on", "once", "only", "or", "over", "since", "so", "then", "though",
        "through", "under", "unless", "until", "when", "where", "while", "with", "without", "yet",
    ],
);

/// Verbs of telling someone what to do (`were told to boil`, `advised
/// anyone who visited … to watch for`); a caution when what they are told
/// to do protects them.
pub const DIRECTIVE_FORMS: List = List::new(
    31,
    &[
        "advise",
        "advised",
        "advises",
        "advising",
        "appealed",
        "asked",
        "encouraged",
        "instructed",
        "ordered",
        "reminded",
        "requested",
        "told",
    ],
);

/// Stems of protective acts (`boil`, `seek help`, `stay indoors`, `watch
/// for a rash`, `shelter`): told to someone, or opening a command, they
/// make a caution.
pub const PROTECTIVE_STEMS: List = List::stems(
    32,
    &[
        "avoid", "boil", "leave", "prepar", "refrain", "seek", "shelter", "stay", "watch", "wear",
    ],
);

/// Openers of a short phrase that `and` turns into a consequence (`another
/// week like this and…`, `one more dry fortnight and…`, `a week of this
/// and…`).
pub const MORE_OPENERS: List = List::new(33, &["another", "few", "more"]);

/// Spans of time that open such a phrase (`a week of this and…`).
pub const TIME_SPANS: List = List::new(
    34,
    &[
        "day",
        "days",
        "fortnight",
        "hour",
        "hours",
        "month",
        "months",
        "season",
        "summer",
        "week",
        "weeks",
        "winter",
        "year",
        "years",
    ],
);

/// Forms that become a penalty when `any`/`anyone` … `will be` comes
/// before them (`any vessel that enters will be stopped and boarded`,
/// `anyone caught can be jailed`).
pub const PENALTY_PARTICIPLES: List = List::new(
    35,
    &[
        "arrested",
        "banned",
        "boarded",
        "detained",
        "evicted",
        "expelled",
        "fined",
        "jailed",
        "prosecuted",
        "punished",
        "seized",
        "shot",
        "stopped",
        "sued",
        "targeted",
        "towed",
    ],
);

/// Verbs of answering that `will`/`would` turn into a threat when a
/// hostile act follows (`would answer any attempt to board`).
pub const RESPONSE_VERBS: List = List::new(36, &["answer", "react", "respond"]);

/// Hostile acts that follow `any` in a threatened response.
pub const HOSTILE_ACTS: List = List::new(
    37,
    &[
        "act",
        "aggression",
        "assault",
        "attack",
        "attempt",
        "incursion",
        "provocation",
        "violation",
    ],
);

/// Words of keeping one's distance that make advice a caution (`should
/// keep away from`, `asked to move cattle away from the river`).
pub const DISTANCING: List = List::new(38, &["apart", "away"]);

/// Harms, besides `HARM_WORDS`, whose expectation is a warning
/// (`shortages are expected`, `more outbreaks were likely`).
pub const HARM_NOUNS: List = List::new(
    39,
    &[
        "aftershocks",
        "attacks",
        "blackouts",
        "casualties",
        "closures",
        "cuts",
        "damage",
        "deaths",
        "delays",
        "disruption",
        "eruption",
        "eruptions",
        "fires",
        "flooding",
        "floods",
        "infections",
        "landslides",
        "layoffs",
        "losses",
        "outages",
        "outbreak",
        "outbreaks",
        "rationing",
        "redundancies",
        "shortage",
        "shortages",
        "slides",
        "strikes",
        "wildfires",
    ],
);

/// What a possibility takes away (`may not be able to reach`, `may not
/// exist in April`, `might not survive`).
pub const LOST_ABILITIES: List = List::new(40, &["able", "exist", "recover", "survive"]);

/// Restrictions that are a caution while `in force` (`a total fire ban is
/// in force`, `a surveillance zone is in force`, `advice against swimming
/// remains in force`).
pub const RESTRICTIONS: List = List::new(
    41,
    &[
        "advice",
        "ban",
        "bans",
        "closure",
        "curfew",
        "lockdown",
        "order",
        "quarantine",
        "restriction",
        "restrictions",
        "zone",
    ],
);

/// What a fixed date does not do (`the date will not move`).
pub const UNMOVED: List = List::new(42, &["change", "extended", "move", "shift", "slip"]);

/// The public, and what it looks after, as the subject of advice (`patients
/// who depend on such equipment should register`, `pets and livestock should
/// be moved early`): `should` aimed at them is a caution, where `the council
/// should publish its plan` is not.
pub const PUBLIC_GROUPS: List = List::new(
    44,
    &[
        "anybody",
        "anyone",
        "children",
        "cyclists",
        "drivers",
        "everybody",
        "everyone",
        "families",
        "hikers",
        "households",
        "livestock",
        "motorists",
        "owners",
        "parents",
        "passengers",
        "patients",
        "pedestrians",
        "people",
        "pets",
        "pupils",
        "residents",
        "swimmers",
        "tenants",
        "travelers",
        "travellers",
        "visitors",
        "walkers",
    ],
);

/// Signs of illness or injury, and long-term conditions: advice given to
/// whoever has them (`anyone who feels unwell should call the line`,
/// `people with asthma should keep their inhalers with them`) is a caution.
pub const SYMPTOMS: List = List::new(
    45,
    &[
        "allergies",
        "allergy",
        "asthma",
        "bleeding",
        "breathless",
        "copd",
        "cough",
        "diabetes",
        "diarrhea",
        "diarrhoea",
        "dizzy",
        "epilepsy",
        "fever",
        "headache",
        "ill",
        "nausea",
        "rash",
        "sick",
        "stings",
        "symptoms",
        "unwell",
        "vomiting",
    ],
);

/// Where help for a harm is found: a command sending someone there (`Bring
/// them to the clinic`, `call the hospital back`) is a caution.
pub const CARE_PLACES: List = List::new(
    46,
    &[
        "911",
        "999",
        "a&e",
        "ambulance",
        "clinic",
        "doctor",
        "gp",
        "hospital",
        "pharmacist",
    ],
);

/// Protective acts that are whole words rather than stems (`wash` would
/// start `Washington`): `rinse the skin`, `wash their hands`.
pub const PROTECTIVE_WORDS: List = List::new(47, &["rinse", "wash"]);

/// Worry and fear as a frame for a harm (`What worries me is…`, `the fear
/// is that…`, `fears that the plant will close`).
pub const FEAR_NOUNS: List = List::new(
    48,
    &[
        "concern",
        "concerns",
        "fear",
        "fears",
        "frightens",
        "scares",
        "terrifies",
        "worries",
        "worry",
    ],
);

/// Pressure someone can call off (`would call off the action if the airline
/// agreed by June 1`): a deadline on it is an ultimatum.
pub const STOPPABLE_ACTIONS: List = List::new(
    49,
    &[
        "action",
        "blockade",
        "boycott",
        "lawsuit",
        "protest",
        "sanctions",
        "strike",
        "walkout",
    ],
);

/// Measures against someone that `considering` turns into a threat
/// (`would consider suspending the agreement`, `is weighing imposing
/// tariffs`).
pub const THREATENED_MEASURES: List = List::new(
    50,
    &[
        "banning",
        "blocking",
        "boycotting",
        "closing",
        "cutting",
        "expelling",
        "imposing",
        "retaliating",
        "severing",
        "striking",
        "suing",
        "suspending",
        "withdrawing",
    ],
);

/// Every word the one-word rules of `warnings::warning` dispatch on (its
/// `match` on the word, and `FEAR_NOUNS`): a bit test lets every other word
/// skip the `match`. A word handled there must be listed here.
pub const ONE_WORD_CUES: List = List::new(
    51,
    &[
        "any",
        "anybody",
        "anyone",
        "can't",
        "cannot",
        "can’t",
        "concern",
        "concerns",
        "consider",
        "considered",
        "considering",
        "considers",
        "demanded",
        "demanding",
        "expect",
        "expected",
        "expects",
        "failing",
        "failure",
        "fear",
        "fears",
        "force",
        "forecast",
        "frightens",
        "gave",
        "give",
        "given",
        "gives",
        "giving",
        "guarantee",
        "guaranteed",
        "likely",
        "means",
        "possible",
        "predict",
        "predicted",
        "predicts",
        "refusal",
        "scares",
        "terrifies",
        "the",
        "until",
        "watch",
        "weigh",
        "weighing",
        "whoever",
        "will",
        "worries",
        "worry",
        "would",
    ],
);

/// Forms of the words the warning rules key on, one list per rule, so that
/// each word asks a bit instead of comparing itself with every form.
pub const CALL_FORMS: List = List::new(52, &["call", "called", "calling", "calls"]);
/// `face fines`, `facing eviction`.
pub const FACE_FORMS: List = List::new(53, &["face", "faces", "facing"]);
/// What opens an inverted condition (`Should the sale fall through…`).
pub const INVERTING: List = List::new(54, &["had", "should", "were"]);
/// The future and the conditional: `will`, `would`, `'ll`.
pub const WILL_FORMS: List = List::new(55, &["'ll", "will", "would"]);
/// Obligation and advice: `must`, `should`.
pub const OBLIGATION: List = List::new(56, &["must", "should"]);
pub const URGE_FORMS: List = List::new(57, &["urge", "urged", "urges", "urging"]);
pub const VOW_FORMS: List = List::new(58, &["vow", "vowed", "vowing", "vows"]);
pub const FEAR_FORMS: List = List::new(59, &["fear", "feared", "fearing", "fears"]);

/// Organisations named by what they are (`the company`, `Kestria's foreign
/// ministry`) beyond the words of [`NON_PERSON_WORDS`].
pub const ORGANISATION_NOUNS: List = List::new(
    62,
    &[
        "airline",
        "army",
        "carrier",
        "consulate",
        "embassy",
        "firm",
        "government",
        "insurer",
        "lender",
        "maker",
        "manufacturer",
        "navy",
        "operator",
        "organisation",
        "organization",
        "presidency",
        "regulator",
        "retailer",
        "supplier",
    ],
);

/// Whether a lowercase word names an organisation by what it is.
pub fn is_organisation_word(word: &str) -> bool {
    NON_PERSON_WORDS.has(word) || ORGANISATION_NOUNS.has(word)
}

/// Occupations and kin written before a name like a title (`Fishmonger
/// Aisha Rahman`, `Librarian Ewan Sutcliffe`, `Mum Hayley Cross`),
/// capitalised when they open a sentence. Occupations that are also given names (`Baker`, `Mason`,
/// `Hunter`) are left out.
pub const OCCUPATIONS: List = List::new(
    61,
    &[
        "activist",
        "architect",
        "barrister",
        "builder",
        "butcher",
        "cabbie",
        "campaigner",
        "caretaker",
        "chef",
        "cleaner",
        "commuter",
        "crofter",
        "curator",
        "dad",
        "dentist",
        "detective",
        "driver",
        "economist",
        "electrician",
        "engineer",
        "entrepreneur",
        "fan",
        "farmer",
        "father",
        "firefighter",
        "fisherman",
        "fishmonger",
        "florist",
        "gardener",
        "gran",
        "grandad",
        "grandfather",
        "grandmother",
        "greengrocer",
        "grocer",
        "haberdasher",
        "haulier",
        "headteacher",
        "historian",
        "jeweller",
        "landlady",
        "landlord",
        "lawyer",
        "lecturer",
        "librarian",
        "midwife",
        "miner",
        "mother",
        "mum",
        "neighbour",
        "nurse",
        "paramedic",
        "passenger",
        "pensioner",
        "pharmacist",
        "pilot",
        "plumber",
        "postman",
        "publican",
        "resident",
        "retiree",
        "scientist",
        "shepherd",
        "shopkeeper",
        "skipper",
        "solicitor",
        "stallholder",
        "student",
        "supporter",
        "surgeon",
        "teacher",
        "trader",
        "vet",
        "veteran",
        "volunteer",
        "waiter",
        "widow",
        "widower",
    ],
);

/// Idioms of threat and of risk, as lowercase word sequences: veiled
/// threats (`will not hesitate`, `think twice`, `a serious mistake`, `pay a
/// price`), the language of coercion (`all necessary measures`, `use of
/// force`, `legal action`, `final offer`), and harms that need no cue verb
/// (`cost lives`, `run dry`, `on the brink`, `on guard`), worsening and
/// bad endings (`get worse`, `does not end well`), thin margins (`almost no
/// margin`, `with little notice`), safety named as the problem (`a safety
/// problem`), what is at stake (`jobs at stake`), no way out (`no choice
/// but to close`), loss of control (`out of control`), rivers over their
/// banks (`breaching its banks`; `burst` is as often past) and refusals to tolerate (`will not tolerate`).
/// `IDIOM_OPENERS` holds their first words.
pub const THREAT_IDIOMS: &[&[&str]] = &[
    &["act", "of", "war"],
    &["all", "necessary", "measures"],
    &["all", "options", "are", "on", "the", "table"],
    &["all", "options", "remain", "on", "the", "table"],
    &["at", "stake"],
    &["be", "wary"],
    // `Tarnova will bear full responsibility for what follows`.
    &["bear", "full", "responsibility"],
    &["big", "mistake"],
    &["bluffing"],
    &["brace", "for"],
    &["braced", "for"],
    &["bracing", "for"],
    &["breach", "its", "banks"],
    &["breaching", "its", "banks"],
    &["bursting", "its", "banks"],
    &["come", "to", "harm"],
    &["comes", "to", "harm"],
    &["cost", "lives"],
    &["costs", "lives"],
    &["cut", "off"],
    &["decisive", "action"],
    &["decisive", "measures"],
    &["end", "badly"],
    &["final", "offer"],
    &["full", "force"],
    &["get", "hurt"],
    &["get", "killed"],
    &["get", "worse"],
    &["gets", "hurt"],
    &["gets", "killed"],
    &["gets", "worse"],
    &["getting", "worse"],
    &["go", "out", "of", "business"],
    &["goes", "out", "of", "business"],
    &["going", "out", "of", "business"],
    &["grave", "mistake"],
    &["in", "lives"],
    &["legal", "action"],
    &["little", "notice"],
    &["matter", "of", "time"],
    &["no", "choice", "but"],
    &["no", "longer", "safe"],
    &["no", "margin"],
    &["no", "option", "but"],
    &["no", "room", "for", "error"],
    &["not", "a", "harmless"],
    // `Measles is not a mild illness`.
    &["not", "a", "mild"],
    &["not", "be", "tolerated"],
    &["not", "end", "well"],
    &["not", "harmless"],
    // `the government was "not ruling anything out"`.
    &["not", "ruling", "anything", "out"],
    &["not", "ruling", "out", "anything"],
    &["not", "safe"],
    &["not", "stand", "by"],
    &["not", "tolerate"],
    // `Nothing is off the table, and Tarsund knows it.`
    &["nothing", "is", "off", "the", "table"],
    &["on", "guard"],
    &["on", "the", "brink"],
    &["out", "of", "control"],
    &["over", "the", "edge"],
    &["pay", "a", "heavy", "price"],
    &["pay", "a", "price"],
    &["pay", "dearly"],
    &["pay", "the", "price"],
    &["reply", "in", "kind"],
    &["reserve", "the", "right", "to", "respond"],
    &["reserved", "the", "right", "to", "respond"],
    &["reserves", "the", "right", "to", "respond"],
    // `will respond proportionately`, `promised to reply in kind`.
    &["respond", "accordingly"],
    &["respond", "decisively"],
    &["respond", "in", "kind"],
    &["respond", "proportionately"],
    &["run", "dry"],
    &["run", "low"],
    &["run", "out"],
    &["running", "low"],
    &["running", "out"],
    &["runs", "out"],
    &["safety", "concern"],
    &["safety", "concerns"],
    &["safety", "issue"],
    &["safety", "issues"],
    &["safety", "problem"],
    // `Next time we'll see them in court`: a lawsuit threatened.
    &["see", "them", "in", "court"],
    &["see", "us", "in", "court"],
    &["see", "you", "in", "court"],
    &["serious", "mistake"],
    &["sooner", "or", "later"],
    &["sound", "the", "alarm"],
    &["sounded", "the", "alarm"],
    &["stand", "idly", "by"],
    &["take", "it", "or", "leave", "it"],
    &["take", "it", "seriously"],
    &["take", "this", "seriously"],
    &["think", "carefully"],
    &["think", "twice"],
    &["think", "very", "carefully"],
    &["time", "bomb"],
    &["use", "force"],
    &["use", "of", "force"],
    // `an accident waiting to happen`, `an outbreak waiting to happen`.
    &["waiting", "to", "happen"],
    &["whatever", "measures"],
    &["will", "not", "be", "the", "last"],
    &["will", "regret"],
    // `Marrowby won't be the last`: more will follow.
    &["won't", "be", "the", "last"],
    &["won't", "stand", "by"],
    &["won't", "tolerate"],
    &["won’t", "be", "the", "last"],
    &["won’t", "stand", "by"],
    &["won’t", "tolerate"],
    &["worst", "is", "yet"],
];

/// The first words of `THREAT_IDIOMS`, so most words need one look-up.
pub const IDIOM_OPENERS: List = List::new(
    43,
    &[
        "act",
        "all",
        "at",
        "be",
        "bear",
        "big",
        "bluffing",
        "brace",
        "braced",
        "bracing",
        "breach",
        "breaching",
        "bursting",
        "come",
        "comes",
        "cost",
        "costs",
        "cut",
        "decisive",
        "end",
        "final",
        "full",
        "get",
        "gets",
        "getting",
        "go",
        "goes",
        "going",
        "grave",
        "in",
        "legal",
        "little",
        "matter",
        "no",
        "not",
        "nothing",
        "on",
        "out",
        "over",
        "pay",
        "reply",
        "reserve",
        "reserved",
        "reserves",
        "respond",
        "run",
        "running",
        "runs",
        "safety",
        "see",
        "serious",
        "sooner",
        "sound",
        "sounded",
        "stand",
        "take",
        "think",
        "time",
        "use",
        "waiting",
        "whatever",
        "will",
        "won't",
        "won’t",
        "worst",
    ],
);

/// A word list the rules ask about. Each has its own bit, and every token
/// carries the bits of the lists its word is in ([`classes`]), looked up
/// once when the sentence is tokenized: the rules ask about each word many
/// times, and a bit test costs nothing.
#[derive(Debug, Clone, Copy)]
pub struct List {
    pub words: &'static [&'static str],
    pub bit: u64,
    /// The words are stems a word starts with (`warn` for `warned`).
    stems: bool,
}

impl List {
    const fn new(index: u32, words: &'static [&'static str]) -> Self {
        List {
            words,
            bit: 1 << index,
            stems: false,
        }
    }

    const fn stems(index: u32, words: &'static [&'static str]) -> Self {
        List {
            stems: true,
            ..List::new(index, words)
        }
    }

    /// Whether `word` (lowercase) is in the list, or starts with one of
    /// its stems.
    pub fn has(&self, word: &str) -> bool {
        if self.stems {
            has_stem(self.words, word)
        } else {
            has(self.words, word)
        }
    }
}

/// Every list whose bit tokens carry. A list missing here would match no
/// token; [`REGISTERED`] guards that in debug builds.
const LISTS: &[List] = &[
    NON_CLAIM_LEMMAS,
    ACCUSING_LEMMAS,
    ASSERTING_LEMMAS,
    CLAUSE_MARKERS,
    IRREGULAR_PASTS,
    DETERMINERS,
    PREPOSITIONS,
    BE_FORMS,
    PERSONAL_PRONOUNS,
    OTHER_PRONOUNS,
    TITLES,
    TITLE_ABBREVIATIONS,
    NAME_PARTICLES,
    NOT_NAMES,
    GENERIC_SOURCES,
    NON_PERSON_WORDS,
    ATTRIBUTION_ADVERBS,
    NUMBER_WORDS,
    PROMOTIONAL_OPENERS,
    IMPERATIVE_OPENERS,
    WARNING_STEMS,
    THREAT_VERBS,
    FORCE_ADVERBS,
    HARM_WORDS,
    NEGATORS,
    RISK_MODALS,
    OUTCOME_VERBS,
    INTENT_LEMMAS,
    CONSEQUENCE_WORDS,
    DAMAGE_VERBS,
    BENEFIT_VERBS,
    PENALTIES,
    NOT_COMMANDS,
    DIRECTIVE_FORMS,
    PROTECTIVE_STEMS,
    MORE_OPENERS,
    TIME_SPANS,
    PENALTY_PARTICIPLES,
    RESPONSE_VERBS,
    HOSTILE_ACTS,
    DISTANCING,
    HARM_NOUNS,
    LOST_ABILITIES,
    RESTRICTIONS,
    UNMOVED,
    IDIOM_OPENERS,
    PUBLIC_GROUPS,
    SYMPTOMS,
    CARE_PLACES,
    PROTECTIVE_WORDS,
    FEAR_NOUNS,
    STOPPABLE_ACTIONS,
    THREATENED_MEASURES,
    ONE_WORD_CUES,
    CALL_FORMS,
    FACE_FORMS,
    INVERTING,
    WILL_FORMS,
    OBLIGATION,
    URGE_FORMS,
    VOW_FORMS,
    FEAR_FORMS,
    OCCUPATIONS,
    ORGANISATION_NOUNS,
];

/// The bits of every list in [`LISTS`].
pub const REGISTERED: u64 = {
    let mut bits = 0;
    let mut i = 0;
    while i < LISTS.len() {
        bits |= LISTS[i].bit;
        i += 1;
    }
    bits
};

/// What the lists know of one lowercase word: the bits of the lists it is
/// in, and its lemma if it is a form of a reporting verb.
#[derive(Debug, Clone, Copy, Default)]
pub struct Entry {
    pub classes: u64,
    pub lemma: Option<&'static str>,
}

/// Looks `lower` up in every list at once: one hash lookup for the whole
/// words, and one for the first four letters of the stems.
pub fn lookup(lower: &str) -> Entry {
    let tables = tables();
    let mut entry = tables.words.get(lower).copied().unwrap_or_default();
    let stems = lower
        .as_bytes()
        .first_chunk::<STEM_MIN>()
        .and_then(|start| tables.stem_starts.get(start));
    if let Some(&bits) = stems {
        for list in LISTS.iter().filter(|l| bits & l.bit != 0) {
            if has_stem(list.words, lower) {
                entry.classes |= list.bit;
            }
        }
    }
    entry
}

/// Every stem is at least this long, so its first letters can be looked up.
const STEM_MIN: usize = 4;

type Map<K> = HashMap<K, Entry, BuildHasherDefault<Fnv>>;

struct Tables {
    /// Every listed whole word.
    words: Map<&'static str>,
    /// The lists with a stem starting with these letters.
    stem_starts: HashMap<[u8; STEM_MIN], u64, BuildHasherDefault<Fnv>>,
}

/// Built on first use.
fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut words = Map::default();
        let mut stem_starts = HashMap::default();
        for list in LISTS {
            for &w in list.words {
                if list.stems {
                    let start = w
                        .as_bytes()
                        .first_chunk()
                        .expect("stems are 4 letters or more");
                    *stem_starts.entry(*start).or_default() |= list.bit;
                } else {
                    words.entry(w).or_default().classes |= list.bit;
                }
            }
        }
        for &(form, lemma) in REPORTING_FORMS {
            words.entry(form).or_default().lemma = Some(lemma);
        }
        Tables { words, stem_starts }
    })
}

/// FNV-1a: the keys are short words the program itself supplies, so a
/// hash that resists chosen collisions buys nothing and costs time.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let from = if self.0 == 0 { FNV_START } else { self.0 };
        self.0 = fnv1a(from, bytes);
    }
}

/// FNV-1a's starting value.
pub const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a of `bytes`, continuing from `from`; usable at compile time, for
/// tables built then.
pub const fn fnv1a(from: u64, bytes: &[u8]) -> u64 {
    let mut h = from;
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u64).wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}

/// Whether `list` contains `word`. Every list the rules look words up in
/// is sorted, so this is a binary search: the engine asks for every word.
pub fn has(list: &[&str], word: &str) -> bool {
    debug_assert!(
        list.windows(2).all(|w| w[0] < w[1]),
        "list not sorted: {list:?}"
    );
    list.binary_search_by(|probe| cmp_short(probe, word))
        .is_ok()
}

/// Whether `word` starts with one of `stems`. The stems are sorted and
/// none is the start of another, so the only one that can be is the last
/// stem not after `word`: a binary search, not a look at every stem.
pub fn has_stem(stems: &[&str], word: &str) -> bool {
    let after = stems.partition_point(|s| cmp_short(s, word).is_le());
    after > 0 && word.starts_with(stems[after - 1])
}

/// `a.cmp(b)` for the short words of these lists, comparing bytes in place:
/// the engine compares a few hundred thousand words per article, and a call
/// to the C library's `memcmp` for each costs more than the comparison.
fn cmp_short(a: &str, b: &str) -> std::cmp::Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_four_letters_or_more() {
        for list in LISTS.iter().filter(|l| l.stems) {
            assert!(list.words.iter().all(|s| s.len() >= STEM_MIN));
        }
    }

    #[test]
    fn no_stem_starts_another_in_its_list_so_the_search_finds_each() {
        for list in LISTS.iter().filter(|l| l.stems) {
            for a in list.words {
                for b in list.words {
                    assert!(a == b || !b.starts_with(a), "{a} starts {b}");
                }
            }
        }
        for (word, stem) in [
            ("warned", true),
            ("risky", true),
            ("endangered", true),
            ("unsafe", true),
            ("deadly", true),
            ("zebra", false),
            ("aardvark", false),
            ("war", false),
            ("dead", false),
            ("disastrous", true),
        ] {
            assert_eq!(WARNING_STEMS.has(word), stem, "{word}");
        }
        for (word, stem) in [
            ("devastating", true),
            ("overwhelmed", true),
            ("losing", true),
            ("lost", false),
            ("halted", true),
            ("hall", false),
        ] {
            assert_eq!(DAMAGE_VERBS.has(word), stem, "{word}");
        }
    }

    #[test]
    fn each_list_has_its_own_bit_and_every_word_is_found_by_it() {
        let mut seen = 0;
        for list in LISTS {
            assert_eq!(
                seen & list.bit,
                0,
                "two lists share a bit: {:?}",
                list.words
            );
            seen |= list.bit;
            for w in list.words {
                assert_eq!(w.to_lowercase(), *w, "lookups are lowercase");
                assert_ne!(lookup(w).classes & list.bit, 0, "{w}");
            }
        }
        assert_eq!(seen, REGISTERED);
        assert_eq!(lookup("warned").classes, WARNING_STEMS.bit);
        assert_eq!(lookup("warned").lemma, Some("warn"));
        assert_eq!(lookup("zebra").classes, 0);
    }

    #[test]
    fn no_protective_stem_starts_another_so_the_search_finds_each() {
        for a in PROTECTIVE_STEMS.words {
            for b in PROTECTIVE_STEMS.words {
                assert!(a == b || !b.starts_with(a), "{a} starts {b}");
            }
        }
        assert!(PROTECTIVE_STEMS.has("preparing"));
        assert!(!PROTECTIVE_STEMS.has("prepaid"));
    }

    #[test]
    fn reporting_forms_are_sorted_so_no_form_is_listed_twice() {
        assert!(REPORTING_FORMS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn every_word_list_is_sorted_for_binary_search() {
        for (name, list) in [
            ("NON_CLAIM_LEMMAS", NON_CLAIM_LEMMAS.words),
            ("ACCUSING_LEMMAS", ACCUSING_LEMMAS.words),
            ("ASSERTING_LEMMAS", ASSERTING_LEMMAS.words),
            ("CLAUSE_MARKERS", CLAUSE_MARKERS.words),
            ("IRREGULAR_PASTS", IRREGULAR_PASTS.words),
            ("DETERMINERS", DETERMINERS.words),
            ("PREPOSITIONS", PREPOSITIONS.words),
            ("BE_FORMS", BE_FORMS.words),
            ("PERSONAL_PRONOUNS", PERSONAL_PRONOUNS.words),
            ("OTHER_PRONOUNS", OTHER_PRONOUNS.words),
            ("TITLES", TITLES.words),
            ("TITLE_ABBREVIATIONS", TITLE_ABBREVIATIONS.words),
            ("NAME_PARTICLES", NAME_PARTICLES.words),
            ("NOT_NAMES", NOT_NAMES.words),
            ("GENERIC_SOURCES", GENERIC_SOURCES.words),
            ("NON_PERSON_WORDS", NON_PERSON_WORDS.words),
            ("ATTRIBUTION_ADVERBS", ATTRIBUTION_ADVERBS.words),
            ("NUMBER_WORDS", NUMBER_WORDS.words),
            ("CALENDAR_WORDS", CALENDAR_WORDS),
            ("IMPERATIVE_OPENERS", IMPERATIVE_OPENERS.words),
            ("WARNING_STEMS", WARNING_STEMS.words),
            ("THREAT_VERBS", THREAT_VERBS.words),
            ("FORCE_ADVERBS", FORCE_ADVERBS.words),
            ("HARM_WORDS", HARM_WORDS.words),
            ("NEGATORS", NEGATORS.words),
            ("RISK_MODALS", RISK_MODALS.words),
            ("INTENT_LEMMAS", INTENT_LEMMAS.words),
            ("CONSEQUENCE_WORDS", CONSEQUENCE_WORDS.words),
            ("DAMAGE_VERBS", DAMAGE_VERBS.words),
            ("BENEFIT_VERBS", BENEFIT_VERBS.words),
            ("PENALTIES", PENALTIES.words),
            ("NOT_COMMANDS", NOT_COMMANDS.words),
            ("DIRECTIVE_FORMS", DIRECTIVE_FORMS.words),
            ("PROTECTIVE_STEMS", PROTECTIVE_STEMS.words),
            ("MORE_OPENERS", MORE_OPENERS.words),
            ("TIME_SPANS", TIME_SPANS.words),
            ("PENALTY_PARTICIPLES", PENALTY_PARTICIPLES.words),
            ("RESPONSE_VERBS", RESPONSE_VERBS.words),
            ("HOSTILE_ACTS", HOSTILE_ACTS.words),
            ("DISTANCING", DISTANCING.words),
            ("HARM_NOUNS", HARM_NOUNS.words),
            ("LOST_ABILITIES", LOST_ABILITIES.words),
            ("UNMOVED", UNMOVED.words),
            ("RESTRICTIONS", RESTRICTIONS.words),
            ("IDIOM_OPENERS", IDIOM_OPENERS.words),
            ("PUBLIC_GROUPS", PUBLIC_GROUPS.words),
            ("SYMPTOMS", SYMPTOMS.words),
            ("CARE_PLACES", CARE_PLACES.words),
            ("PROTECTIVE_WORDS", PROTECTIVE_WORDS.words),
            ("FEAR_NOUNS", FEAR_NOUNS.words),
            ("STOPPABLE_ACTIONS", STOPPABLE_ACTIONS.words),
            ("THREATENED_MEASURES", THREATENED_MEASURES.words),
            ("ONE_WORD_CUES", ONE_WORD_CUES.words),
            ("OCCUPATIONS", OCCUPATIONS.words),
            ("ORGANISATION_NOUNS", ORGANISATION_NOUNS.words),
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{name} is not sorted");
        }
    }

    #[test]
    fn idiom_openers_are_the_first_words_of_the_idioms() {
        let mut firsts: Vec<&str> = THREAT_IDIOMS.iter().map(|p| p[0]).collect();
        firsts.dedup();
        assert_eq!(firsts, IDIOM_OPENERS.words);
    }

    #[test]
    fn inflections_map_to_their_lemma() {
        for (form, lemma) in [
            ("said", "say"),
            ("says", "say"),
            ("saying", "say"),
            ("told", "tell"),
            ("warned", "warn"),
            ("denied", "deny"),
            ("insisted", "insist"),
            ("reiterated", "reiterate"),
        ] {
            assert_eq!(lookup(form).lemma, Some(lemma), "{form}");
        }
        assert_eq!(lookup("table").lemma, None);
    }
}
