//! Sentence-boundary rules one by one: abbreviations, numbers, addresses,
//! ellipses, punctuation clusters, lists, brackets, every quotation style of
//! the annotation guide, and the sentence marks of other languages.

use marginalia::domain::segment::split;

fn texts(text: &str) -> Vec<&str> {
    split(text).iter().map(|s| &text[s.start..s.end]).collect()
}

/// Each text is one sentence.
fn whole(cases: &[&str]) {
    for text in cases {
        assert_eq!(texts(text), vec![*text], "should stay whole: {text}");
    }
}

/// Each text splits into the given sentences, joined by one space.
fn splits(cases: &[&[&str]]) {
    for parts in cases {
        let text = parts.join(" ");
        assert_eq!(texts(&text), parts.to_vec(), "{text}");
    }
}

#[test]
fn titles_never_end_a_sentence() {
    whole(&[
        "Mr. Okafor met Mrs. Reyes and Ms. Lind.",
        "Dr. Vance and Prof. Hale spoke first.",
        "Gen. Ruiz, Col. Brandt and Lt. Park arrived.",
        "Sen. Alvarez and Rep. Moore voted no.",
        "Gov. Haddad thanked Capt. Dana Reyes.",
        "They climbed Mt. Kessel near St. Brendan's.",
        "The Rev. Paul Ames led the service.",
    ]);
}

#[test]
fn months_end_a_sentence_only_before_a_capital() {
    whole(&[
        "The vote moved to Jan. 5 and then to Feb. 12.",
        "Talks resumed on Sept. 3 in the capital.",
    ]);
    splits(&[&["The report came out in Sept.", "Nobody read it."]]);
}

#[test]
fn us_states_in_news_style() {
    whole(&["She grew up in Tampa, Fla. and moved to Dayton."]);
    splits(&[
        &["The plant is in Fresno, Calif.", "It employs 400 people."],
        &[
            "He lives in Springfield, Ill.",
            "His sister lives in Salem, Ore.",
        ],
    ]);
}

#[test]
fn corporate_suffixes() {
    whole(&[
        "Harbor Lines Inc. said on Monday it would add ferries.",
        "Apple Inc. Chief Executive Ana Ruiz spoke.",
        "Kessel Bros. and Vance Ltd. signed the deal.",
    ]);
    splits(&[
        &["The deal went to Kessel & Co.", "It closed yesterday."],
        &["Shares of Vance Corp.", "They fell."],
        &["The buyer is Harbor Lines Inc.", "The seller is Vance Ltd."],
    ]);
}

#[test]
fn latin_shorthands() {
    whole(&[
        "Bring tools, e.g. hammers and saws.",
        "Bring tools, e.g. Hammers and saws.",
        "Use the north dock, i.e. the old one.",
        "Smith vs. Jones was settled.",
        "See the appendix, cf. Table 2.",
        "Smith et al. (2030) disagree.",
    ]);
    splits(&[
        &["They sold fish, bread, etc.", "The market closed at noon."],
        &["The model follows Smith et al.", "We extend it."],
    ]);
}

#[test]
fn times_of_day() {
    whole(&[
        "The ferry leaves at 6 a.m. and returns at 9 p.m. sharp.",
        "At 7 p.m. Captain Reyes raised the flag.",
        "The 6 a.m. Sunday run is cancelled.",
        "Doors open at 8:30 a.m. ET on weekdays.",
        "The meeting at 3 p.m. E.T. was cancelled.",
    ]);
    splits(&[
        &["The ferry left at 6 A.M.", "It returned at noon."],
        &["We met at 10 p.m.", "The storm came an hour later."],
    ]);
}

#[test]
fn country_and_other_dotted_acronyms() {
    whole(&[
        "The U.S. Navy and the U.K. Royal Navy sailed together.",
        "He has lived in the U.S. for 20 years.",
        "She earned a Ph.D. in marine biology.",
        "The U.N. Security Council met.",
        "J.R.R. Tolkien wrote it.",
    ]);
    splits(&[
        &["Talks were held in the U.S.", "They failed."],
        &["She moved to the U.K.", "Her brother stayed."],
        &["I live in the E.U.", "How about you?"],
    ]);
}

#[test]
fn contractions_and_possessives_end_sentences_like_words() {
    splits(&[
        &["He wasn't.", "The meeting was."],
        &["She said it wasn’t.", "Nobody agreed."],
        &["It was O'Neil's.", "Then it was mine."],
    ]);
    whole(&[
        "The U.K.'s Prime Minister spoke.",
        "That is JFK Jr.'s book.",
    ]);
}

#[test]
fn a_hyphenated_word_ends_a_sentence() {
    splits(&[&[
        "The pipe burst outside the Co-op.",
        "The junction was closed.",
    ]]);
}

#[test]
fn initials_and_the_pronoun_i() {
    whole(&[
        "The letter was signed by Ines M. Marsh-Ortiz.",
        "J. K. Rowling and E. B. White wrote books.",
        "Did you see Albert I. Jones yesterday?",
    ]);
    splits(&[&["We make a good team, you and I.", "Did you see him?"]]);
}

#[test]
fn numbers_money_times_and_versions() {
    whole(&[
        "Fares rose 3.5 percent to $4.50 a trip.",
        "The fund holds €1.2 billion and £300.75 in cash.",
        "The ferry left at 10.30 and arrived at 11:45.",
        "Version 2.0.1 fixed the bug in v1.9.",
        "Pi is about 3.14159 and e about 2.718.",
        "See No. 5 and p. 12 and pp. 30-41 and Fig. 3.",
        "The score was 3.5.1 in the final round.",
    ]);
    splits(&[
        &["She paid $100.00.", "It was too much."],
        &["The ferry leaves at 10.", "It returns at 4."],
        &["Upgrade to version 2.0.", "It is faster."],
        &["Prices rose 4.5%.", "Wages did not."],
    ]);
}

#[test]
fn web_addresses_and_email() {
    whole(&[
        "Read more at https://harbor.example.org/news/ferry-2031.html?id=4 today.",
        "Write to press.office@harbor.example.org with questions.",
        "The site www.harbor.example.org lists times.",
    ]);
    splits(&[
        &[
            "The schedule is at harbor.example.org.",
            "It changes weekly.",
        ],
        &[
            "Write to desk@harbor.example.org.",
            "We reply within a day.",
        ],
        &[
            "Download it from https://example.org/files/v2.1/setup.exe.",
            "Run it.",
        ],
    ]);
}

#[test]
fn ellipses_three_dots_continue_four_dots_end() {
    whole(&[
        "I thought ... well, never mind.",
        "I thought... Well, never mind.",
        "I thought . . . Well, never mind.",
        "I thought… Well, never mind.",
        "He said \"we will [...] win\" and left.",
    ]);
    splits(&[
        &["I never meant that....", "She left the store."],
        &["I never meant that….", "She left the store."],
        &["He paused...?", "Then he went on."],
    ]);
    // A period, then a spaced ellipsis: the ellipsis opens the next
    // sentence (Golden Rule 48).
    splits(&[&["I never meant that.", ". . . She left the store."]]);
}

#[test]
fn question_and_exclamation_clusters() {
    splits(&[
        &["Really?!", "Yes."],
        &["Really!?", "Yes."],
        &["What???", "Nothing."],
        &["No!!!", "Stop."],
        &["Really‽", "Yes."],
        &["Who⁉", "Me."],
    ]);
    whole(&[
        "She works at Yahoo! in the accounting department.",
        "He asked why? and left.",
    ]);
}

#[test]
fn inline_lists() {
    splits(&[
        &["1. Lower fares.", "2. More ferries.", "3. Night buses."],
        &["1) Lower fares", "2) More ferries", "3) Night buses"],
        &["(1) Lower fares", "(2) More ferries"],
        &["a) Lower fares", "b) More ferries", "c) Night buses"],
        &["(a) Lower fares", "(b) More ferries"],
        &["• Lower fares", "• More ferries"],
        &["✓ Fast ferries.", "✓ Low fares."],
    ]);
    whole(&["J. K. Rowling signed it.", "The a. b. c. notation is old."]);
}

#[test]
fn parentheses_and_brackets() {
    whole(&[
        "He teaches science (he worked for 5 years as an engineer.) at the college.",
        "The council (in a 5-2 vote) approved it.",
        "The plan [see appendix B.] was approved.",
    ]);
    splits(&[
        &["The plan passed (5-2).", "Work starts soon."],
        &[
            "The plan passed.",
            "(The vote was 5-2.)",
            "Work starts soon.",
        ],
    ]);
}

#[test]
fn every_quotation_style_of_the_guide() {
    splits(&[
        &["\"The dock is closed.\"", "She left."],
        &["“The dock is closed.”", "She left."],
        &["‘The dock is closed.’", "She left."],
        &["«The dock is closed.»", "She left."],
        &["„Der Steg ist zu.“", "Sie ging."],
        &["‹The dock is closed.›", "She left."],
        &["»Der Steg ist zu.«", "Sie ging."],
    ]);
    whole(&[
        "\"Is it closed?\" she asked.",
        "“Is it closed?” she asked.",
        "‘Is it closed?’ she asked.",
        "«Is it closed?» she asked.",
        "„Ist er zu?“ fragte sie.",
        "‹Is it closed?› she asked.",
    ]);
}

#[test]
fn cjk_corner_brackets_and_full_stops() {
    assert_eq!(
        texts("今日は雨です。明日は晴れです！本当？"),
        vec!["今日は雨です。", "明日は晴れです！", "本当？"]
    );
    assert_eq!(
        texts("他说：「好。」然后走了。我们留下。"),
        vec!["他说：「好。」然后走了。", "我们留下。"]
    );
    assert_eq!(
        texts("「行こう。」と彼は言った。"),
        vec!["「行こう。」と彼は言った。"]
    );
    assert_eq!(
        texts("天気は良い。 Then English."),
        vec!["天気は良い。", "Then English."]
    );
}

#[test]
fn spanish_inverted_marks() {
    assert_eq!(
        texts("¿Dónde está el puerto? Está cerca. ¡Qué suerte! Vamos."),
        vec![
            "¿Dónde está el puerto?",
            "Está cerca.",
            "¡Qué suerte!",
            "Vamos."
        ]
    );
    assert_eq!(
        texts("Preguntó: ¿vienes? y se fue."),
        vec!["Preguntó: ¿vienes? y se fue."]
    );
}

#[test]
fn french_guillemets_with_inner_spaces() {
    assert_eq!(
        texts("« Le port est fermé. » Elle est partie."),
        vec!["« Le port est fermé. »", "Elle est partie."]
    );
    assert_eq!(
        texts("« Vraiment ? » a-t-elle demandé. Oui."),
        vec!["« Vraiment ? » a-t-elle demandé.", "Oui."]
    );
    // Narrow no-break spaces, as French typography sets them.
    let nbsp = "«\u{202f}C’est fini.\u{202f}» Il pleut.";
    assert_eq!(
        texts(nbsp),
        vec!["«\u{202f}C’est fini.\u{202f}»", "Il pleut."]
    );
    assert_eq!(
        texts("Tu viens ? Oui ! Bien."),
        vec!["Tu viens ?", "Oui !", "Bien."]
    );
}

#[test]
fn german_low_high_quotes() {
    assert_eq!(
        texts("Sie sagte: „Der Hafen ist zu. Wir warten.“ Dann ging sie."),
        vec![
            "Sie sagte: „Der Hafen ist zu.",
            "Wir warten.“",
            "Dann ging sie."
        ]
    );
    whole(&["Am 3. Oktober war der Hafen zu."]);
}

#[test]
fn hindi_danda_and_arabic_question_mark() {
    assert_eq!(
        texts("बंदरगाह बंद है। हम कल जाएंगे। क्या तुम आओगे?"),
        vec!["बंदरगाह बंद है।", "हम कल जाएंगे।", "क्या तुम आओगे?"]
    );
    assert_eq!(
        texts("هل الميناء مغلق؟ نعم، إنه مغلق. سنذهب غدا."),
        vec!["هل الميناء مغلق؟", "نعم، إنه مغلق.", "سنذهب غدا."]
    );
    assert_eq!(
        texts("یہ بندرگاہ ہے۔ ہم کل جائیں گے۔"),
        vec!["یہ بندرگاہ ہے۔", "ہم کل جائیں گے۔"]
    );
}

#[test]
fn greek_russian_and_other_cased_scripts() {
    assert_eq!(
        texts("Порт закрыт. Мы уходим."),
        vec!["Порт закрыт.", "Мы уходим."]
    );
    assert_eq!(
        texts("Το λιμάνι έκλεισε. Φεύγουμε."),
        vec!["Το λιμάνι έκλεισε.", "Φεύγουμε."]
    );
    assert_eq!(
        texts("Der Hafen ist zu. Über Nacht."),
        vec!["Der Hafen ist zu.", "Über Nacht."]
    );
}

#[test]
fn emoji_after_the_end_mark_stay_with_their_sentence() {
    splits(&[
        &["Great news! 🎉", "We won."],
        &["Ready? 👩\u{200d}👩\u{200d}👧", "Go."],
        &["Done.👍", "Next."],
        &["Sunny today. ☀\u{fe0f} 🌊", "Swim later."],
    ]);
    whole(&["We won! 🎉🎉", "Nice. 😀 and then more."]);
}

#[test]
fn text_without_any_terminator_is_one_segment() {
    whole(&["the ferry runs all night and nobody minds it at all"]);
    assert!(split("").is_empty());
    assert!(split(" \n\t\n ").is_empty());
}
