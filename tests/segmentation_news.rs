//! News conventions of the annotation guide ("Sentence boundaries"), on
//! articles invented for these tests, and the shared sample article split
//! exactly as a careful reader would.

use marginalia::domain::segment::{split, SegmentKind};
use SegmentKind::{Dateline, Heading, ListItem, Meta, Sentence};

fn segments(text: &str) -> Vec<(SegmentKind, &str)> {
    split(text)
        .iter()
        .map(|s| (s.kind, &text[s.start..s.end]))
        .collect()
}

fn texts(text: &str) -> Vec<&str> {
    segments(text).into_iter().map(|(_, t)| t).collect()
}

/// Compares segment by segment, so a failure points at the first wrong one.
fn assert_segments(text: &str, expected: &[(SegmentKind, &str)]) {
    let got = segments(text);
    for (i, (g, e)) in got.iter().zip(expected).enumerate() {
        assert_eq!(g, e, "segment {i}");
    }
    assert_eq!(got.len(), expected.len(), "segment count: got {got:#?}");
}

const HARBOR: &str = "Harbor Council Weighs Ferry Plan After Storm Season

Published Date: 3 Mar, 2031
By Odile Brennan-Vance and Tomasz Reuel

LISBRIDGE (Meridian Wire) - The harbor council on Tuesday delayed a vote on the new ferry schedule. \"We need another week,\" council chair Ines Marsh-Ortiz told reporters.

\"Who pays for the extra crossings?\" Marsh-Ortiz asked at the hearing. Nobody answered.

\"The old timetable was fine,\" she said. \"The new one is better.\"

\"This is great.\" She held the printed schedule up for the cameras.

What the Plan Changes
The proposal would:
- add two evening crossings,
- drop the 6 a.m. Sunday run, and
- cap fares at $4.50.

1. Residents may comment until March 10.
2. The council votes on March 17.
a) Ferries run hourly.
b) Buses meet each ferry.

\"Will the dock hold? Nobody knows yet!\" the engineer shouted. The council adjourned. (It was the third delay this year.) The next hearing is in April.

Date: 3 Mar, 2031
";

#[test]
fn invented_article_follows_every_news_convention() {
    assert_segments(
        HARBOR,
        &[
            (
                Heading,
                "Harbor Council Weighs Ferry Plan After Storm Season",
            ),
            (Meta, "Published Date: 3 Mar, 2031"),
            (Meta, "By Odile Brennan-Vance and Tomasz Reuel"),
            (Dateline, "LISBRIDGE (Meridian Wire) -"),
            (
                Sentence,
                "The harbor council on Tuesday delayed a vote on the new ferry schedule.",
            ),
            (
                Sentence,
                "\"We need another week,\" council chair Ines Marsh-Ortiz told reporters.",
            ),
            (
                Sentence,
                "\"Who pays for the extra crossings?\" Marsh-Ortiz asked at the hearing.",
            ),
            (Sentence, "Nobody answered."),
            (Sentence, "\"The old timetable was fine,\" she said."),
            (Sentence, "\"The new one is better.\""),
            (Sentence, "\"This is great.\""),
            (
                Sentence,
                "She held the printed schedule up for the cameras.",
            ),
            (Heading, "What the Plan Changes"),
            (Sentence, "The proposal would:"),
            (ListItem, "- add two evening crossings,"),
            (ListItem, "- drop the 6 a.m. Sunday run, and"),
            (ListItem, "- cap fares at $4.50."),
            (ListItem, "1. Residents may comment until March 10."),
            (ListItem, "2. The council votes on March 17."),
            (ListItem, "a) Ferries run hourly."),
            (ListItem, "b) Buses meet each ferry."),
            (Sentence, "\"Will the dock hold?"),
            (Sentence, "Nobody knows yet!\" the engineer shouted."),
            (Sentence, "The council adjourned."),
            (Sentence, "(It was the third delay this year.)"),
            (Sentence, "The next hearing is in April."),
            (Meta, "Date: 3 Mar, 2031"),
        ],
    );
}

#[test]
fn datelines_stand_apart_from_the_sentence_after_them() {
    for (text, dateline, rest) in [
        (
            "GENEVA (Meridian Wire) - Talks resumed on Monday.",
            "GENEVA (Meridian Wire) -",
            "Talks resumed on Monday.",
        ),
        (
            "WASHINGTON (AP) — The Senate adjourned.",
            "WASHINGTON (AP) —",
            "The Senate adjourned.",
        ),
        (
            "SPRINGFIELD, Ill. - Officials closed the bridge.",
            "SPRINGFIELD, Ill. -",
            "Officials closed the bridge.",
        ),
        (
            "PORT ELLIS, March 3 (Coastline News) -- Rain fell.",
            "PORT ELLIS, March 3 (Coastline News) --",
            "Rain fell.",
        ),
        (
            "NEW DELHI: The monsoon arrived early.",
            "NEW DELHI:",
            "The monsoon arrived early.",
        ),
        ("SÃO PAULO — Markets rose.", "SÃO PAULO —", "Markets rose."),
    ] {
        assert_eq!(
            segments(text),
            vec![(Dateline, dateline), (Sentence, rest)],
            "{text}"
        );
    }
}

#[test]
fn dateline_alone_on_its_line_opens_the_next_one() {
    for text in [
        "WASHINGTON —\nThe Senate adjourned.",
        "GENEVA (Meridian Wire) -\nTalks resumed.",
    ] {
        let (dateline, rest) = text.split_once('\n').unwrap();
        assert_eq!(
            segments(text),
            vec![(Dateline, dateline), (Sentence, rest)],
            "{text}"
        );
    }
    // Not followed by a sentence: not a dateline.
    let text = "WASHINGTON —\n\nnothing follows";
    assert_eq!(segments(text)[0], (Sentence, "WASHINGTON —"));
}

#[test]
fn dateline_lookalikes_stay_sentences() {
    for text in [
        "NATO - the alliance - met again on Friday.",
        "UPDATE: The ferry resumed service.",
        "The mayor - a former sailor - spoke first.",
        "Marsh-Ortiz said the dock would hold.",
    ] {
        assert_eq!(segments(text), vec![(Sentence, text)], "{text}");
    }
}

#[test]
fn dateline_only_opens_a_paragraph() {
    let text = "The council met. It adjourned.\n\nKESTRAL BAY (Harbor Post) - Rain fell all day.";
    assert_eq!(
        texts(text),
        vec![
            "The council met.",
            "It adjourned.",
            "KESTRAL BAY (Harbor Post) -",
            "Rain fell all day."
        ]
    );
}

#[test]
fn title_published_date_and_date_lines_are_meta() {
    let text = "Ferry Fares Rise\n\nPublished Date: 12 Apr, 2031\n\nApril 12, 2031\n\nUpdated: 3:15 p.m. ET\n\nUpdated 4:15 p.m. EST, Tue March 4, 2031\n\nSun, 13 Apr 2031\n\n2031-04-12\n\nFares rose.";
    assert_segments(
        text,
        &[
            (Heading, "Ferry Fares Rise"),
            (Meta, "Published Date: 12 Apr, 2031"),
            (Meta, "April 12, 2031"),
            (Meta, "Updated: 3:15 p.m. ET"),
            (Meta, "Updated 4:15 p.m. EST, Tue March 4, 2031"),
            (Meta, "Sun, 13 Apr 2031"),
            (Meta, "2031-04-12"),
            (Sentence, "Fares rose."),
        ],
    );
}

#[test]
fn bylines_are_meta_but_sentences_starting_with_by_are_not() {
    for line in [
        "By Jane Okafor",
        "BY JANE OKAFOR, Staff Writer",
        "By Lena Fisk and Omar Haddad",
        "Reporting by Lena Fisk; Editing by Omar Haddad",
    ] {
        assert_eq!(segments(line), vec![(Meta, line)], "{line}");
    }
    let text = "By the time the ferry docked, the crowd had gone.";
    assert_eq!(segments(text), vec![(Sentence, text)]);
}

#[test]
fn section_numbers_alone_are_headings() {
    assert_segments(
        "II.\n\nThe ferry left. It rained.\n\n3\n\nThe end.",
        &[
            (Heading, "II."),
            (Sentence, "The ferry left."),
            (Sentence, "It rained."),
            (Heading, "3"),
            (Sentence, "The end."),
        ],
    );
}

#[test]
fn headings_stand_alone_with_or_without_a_blank_line_after_them() {
    let text = "Storm Damage Tallied\nInspectors counted twelve broken piers. Repairs start soon.\n\nWhat Comes Next\n\nThe council meets again.";
    assert_segments(
        text,
        &[
            (Heading, "Storm Damage Tallied"),
            (Sentence, "Inspectors counted twelve broken piers."),
            (Sentence, "Repairs start soon."),
            (Heading, "What Comes Next"),
            (Sentence, "The council meets again."),
        ],
    );
}

#[test]
fn short_sentence_case_headings_on_their_own_line() {
    let text = "What the plan changes\nThe proposal adds two crossings. It drops one.\nWho pays\nThe city does.";
    assert_segments(
        text,
        &[
            (Heading, "What the plan changes"),
            (Sentence, "The proposal adds two crossings."),
            (Sentence, "It drops one."),
            (Heading, "Who pays"),
            (Sentence, "The city does."),
        ],
    );
    // A sentence broken by hand before a capital stays whole.
    let text = "The ferry will leave at\nNoon on Friday.";
    assert_eq!(texts(text), vec![text]);
}

#[test]
fn a_single_line_break_does_not_end_a_sentence_a_blank_line_does() {
    let text = "The council met on\nTuesday. It voted\nno on the plan.\n\nThe mayor left early\n\nShe did not return";
    assert_eq!(
        texts(text),
        vec![
            "The council met on\nTuesday.",
            "It voted\nno on the plan.",
            "The mayor left early",
            "She did not return",
        ]
    );
    // Windows line ends behave the same.
    let crlf = "The council met on\r\nTuesday. It voted\r\nno.\r\n\r\nThe end.";
    assert_eq!(
        texts(crlf),
        vec![
            "The council met on\r\nTuesday.",
            "It voted\r\nno.",
            "The end."
        ]
    );
}

#[test]
fn wrapped_prose_lines_are_not_headings() {
    let text = "He looked at the harbor and said that the Old Pier\nwould not survive another winter. The Harbor Master\nAgreed With Him on every point.";
    assert_eq!(
        texts(text),
        vec![
            "He looked at the harbor and said that the Old Pier\nwould not survive another winter.",
            "The Harbor Master\nAgreed With Him on every point.",
        ]
    );
}

#[test]
fn list_items_numbered_lettered_and_bulleted() {
    let text = "Demands:\n1. A new dock\n2) Lower fares\n(3) Night service\na. Buses\nb) Bikes\n(c) Taxis\n- Dashes\n* Stars\n• Bullets\n  that wrap onto a second line\n– En dashes";
    let got = segments(text);
    assert_eq!(got[0], (Sentence, "Demands:"));
    let items: Vec<_> = got[1..]
        .iter()
        .map(|&(k, t)| {
            assert_eq!(k, ListItem, "{t}");
            t
        })
        .collect();
    assert_eq!(
        items,
        vec![
            "1. A new dock",
            "2) Lower fares",
            "(3) Night service",
            "a. Buses",
            "b) Bikes",
            "(c) Taxis",
            "- Dashes",
            "* Stars",
            "• Bullets\n  that wrap onto a second line",
            "– En dashes",
        ]
    );
}

#[test]
fn list_item_with_two_sentences_splits_into_them() {
    assert_eq!(
        segments("- The dock held. Nobody was hurt."),
        vec![
            (ListItem, "- The dock held."),
            (ListItem, "Nobody was hurt.")
        ]
    );
}

#[test]
fn attributions_after_quoted_questions_and_exclamations_continue_the_sentence() {
    for text in [
        "\"Is the dock safe?\" Marsh-Ortiz asked the engineers.",
        "\"Is the dock safe?\" she asked.",
        "\"Is the dock safe?\" asked Marsh-Ortiz.",
        "\"Stop the ferry!\" Captain Dana Reyes shouted from the bridge.",
        "“Who decided this?” the mayor’s aide wondered aloud.",
        "\"Stop!\" he shouted.",
        "\"Why now?\" Mr. Okafor asked.",
        "\"The dock is safe,\" she said.",
        "\"Is it safe?\" I asked.",
    ] {
        assert_eq!(texts(text), vec![text], "{text}");
    }
}

#[test]
fn a_quotation_ending_a_statement_ends_the_sentence() {
    assert_eq!(
        texts("\"This is great.\" She held the book out to show him."),
        vec!["\"This is great.\"", "She held the book out to show him."]
    );
    assert_eq!(
        texts("\"Is the dock safe?\" Nobody knew."),
        vec!["\"Is the dock safe?\"", "Nobody knew."]
    );
    assert_eq!(texts("\"Run!\" She ran."), vec!["\"Run!\"", "She ran."]);
    // A second quotation is not an attribution.
    assert_eq!(
        texts("\"Is this the peak?\" \"Maybe,\" said Tom Reuel."),
        vec!["\"Is this the peak?\"", "\"Maybe,\" said Tom Reuel."]
    );
}

#[test]
fn multi_sentence_quotations_split_into_their_sentences() {
    assert_eq!(
        texts("\"We are ready. We will not wait. Ask anyone,\" the captain said. Then she left."),
        vec![
            "\"We are ready.",
            "We will not wait.",
            "Ask anyone,\" the captain said.",
            "Then she left."
        ]
    );
    assert_eq!(
        texts("She said: “The pier is closed. Use the ferry.” Nobody argued."),
        vec![
            "She said: “The pier is closed.",
            "Use the ferry.”",
            "Nobody argued."
        ]
    );
}

#[test]
fn closing_quotes_and_brackets_after_final_punctuation_belong_to_the_sentence() {
    assert_eq!(
        texts("He left. (He was tired.) She stayed. [Editor's note: she stayed late.] The end."),
        vec![
            "He left.",
            "(He was tired.)",
            "She stayed.",
            "[Editor's note: she stayed late.]",
            "The end."
        ]
    );
    assert_eq!(
        texts("She called it \"the end.\" Then the rain came. ‘Really?’ he said. ‘Yes.’ It was."),
        vec![
            "She called it \"the end.\"",
            "Then the rain came.",
            "‘Really?’ he said.",
            "‘Yes.’",
            "It was."
        ]
    );
    assert_eq!(
        texts("He wrote: \"We won (again.)\" Then he slept."),
        vec!["He wrote: \"We won (again.)\"", "Then he slept."]
    );
}

#[test]
fn wire_footers_contact_lines_and_copyright_are_meta() {
    let text = "The ferry runs daily.\n\nContact: desk@harbor.example.org | Tel. +1 555 0100\n\n(Reporting by Lena Fisk; Editing by Omar Haddad)\n\n© 2031 Meridian Wire. All rights reserved.\n\nCopyright 2031 Harbor Post";
    assert_segments(
        text,
        &[
            (Sentence, "The ferry runs daily."),
            (Meta, "Contact: desk@harbor.example.org | Tel. +1 555 0100"),
            (Meta, "(Reporting by Lena Fisk; Editing by Omar Haddad)"),
            (Meta, "© 2031 Meridian Wire. All rights reserved."),
            (Meta, "Copyright 2031 Harbor Post"),
        ],
    );
}

#[test]
fn footer_after_windows_line_ends_too() {
    let text = "The ferry runs daily.\r\n\r\nDate: 3 Mar, 2031\r\n\r\nSeaBright Tours: Safe and Scenic.\r\n";
    assert_eq!(split(text).last().map(|s| s.kind), Some(Meta));
}

#[test]
fn footer_line_after_the_closing_date_is_its_own_meta_segment() {
    let text = "The ferry runs daily.\n\nDate: 3 Mar, 2031\n\nSeaBright Tours: Your Gateway to the Coast - Safe, Scenic, and Affordable.";
    assert_segments(
        text,
        &[
            (Sentence, "The ferry runs daily."),
            (Meta, "Date: 3 Mar, 2031"),
            (
                Meta,
                "SeaBright Tours: Your Gateway to the Coast - Safe, Scenic, and Affordable.",
            ),
        ],
    );
}

/// The shared sample article, segment by segment. Reproducing its text here
/// is the point: these strings are the assertion.
#[test]
fn sample_article_splits_as_a_careful_reader_would() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/samples/news-us-iran-2026-02-01.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipped: {path} is missing");
        return;
    };
    assert_segments(&text, SAMPLE_EXPECTED);
}

const SAMPLE_EXPECTED: &[(SegmentKind, &str)] = &[
    (Heading, "US-Iran Brinkmanship Intensifies as Trump Signals Ongoing Talks"),
    (Meta, "Published Date: 1 Feb, 2026"),
    (Meta, "February 01, 2026"),
    (Sentence, "Tensions between the United States and Iran remain at a dangerous high as both sides exchange sharp warnings and mixed signals on diplomacy."),
    (Sentence, "President Donald Trump stated Saturday that Iran is \"seriously talking\" with Washington amid a massive U.S. naval deployment in the Gulf, while Iran's Supreme Leader Ayatollah Ali Khamenei declared Sunday that any American attack would ignite a broader regional conflict."),
    (Sentence, "The exchange underscores a delicate balance between escalating military posturing and tentative diplomatic channels aimed at averting open confrontation over Iran's nuclear program, ballistic missiles, and regional influence."),
    (Heading, "Trump Emphasizes Negotiations Amid Armada Buildup"),
    (Sentence, "Speaking to reporters, Trump reiterated that Iran was engaging seriously in discussions, expressing hope for a deal ensuring \"no nuclear weapons.\""),
    (Sentence, "He highlighted the U.S. naval presence, including the USS Abraham Lincoln carrier strike group, describing it as a powerful force moving with purpose and ready for action if needed."),
    (Sentence, "Trump indicated a deadline had been conveyed to Tehran for meaningful progress, though he provided no specifics."),
    (Sentence, "He framed the talks as a path to a satisfactory outcome benefiting all parties, while cautioning that failure could lead to decisive measures."),
    (Sentence, "The comments follow weeks of threats tied initially to Iran's crackdown on antigovernment protests and later focused on preventing nuclear reconstitution after U.S. and Israeli strikes damaged key facilities in 2025."),
    (Heading, "Khamenei Issues Stark Warning Against U.S. Aggression"),
    (Sentence, "In a public address broadcast on state television, Khamenei asserted that Iran seeks no war but would respond forcefully to any assault."),
    (Sentence, "He emphasized that U.S. military action would not remain confined to Iran, potentially drawing in the wider region and causing severe consequences for all involved."),
    (Sentence, "The supreme leader's remarks came amid reports of Iranian military drills in the Strait of Hormuz and positioning of assets near U.S. naval forces."),
    (Sentence, "Officials reiterated that Iran's defensive capabilities, including missiles, remain non-negotiable red lines."),
    (Heading, "Diplomatic Flickers Amid Mutual Distrust"),
    (Sentence, "Despite the heated rhetoric, signs of communication persist."),
    (Sentence, "Iran's Supreme National Security Council head Ali Larijani indicated Saturday that structural arrangements for negotiations were advancing, countering narratives of inevitable conflict."),
    (Sentence, "Foreign Minister Abbas Araghchi affirmed Tehran's readiness for fair, equitable nuclear discussions on equal footing, free from coercion or threats, while insisting missile and defense matters stay off the table."),
    (Sentence, "No direct meetings have been confirmed, and Iran rejects talks under military pressure."),
    (Sentence, "Regional mediators, including Qatar, Turkey, and others, have intensified efforts to facilitate dialogue and de-escalate."),
    (Sentence, "Qatar's prime minister met Larijani in Tehran to discuss reducing regional tensions."),
    (Heading, "Core Disputes Center on Nuclear Demands"),
    (Sentence, "The standoff revolves around U.S. insistence on complete curbs to Iran's nuclear path, ballistic missile program, proxy support, and in some accounts, recognition of Israel, conditions Tehran views as existential threats to its sovereignty and security doctrine."),
    (Sentence, "Iran maintains its nuclear activities serve peaceful purposes and accuses Washington of using threats to impose unilateral terms."),
    (Sentence, "Reconstruction of damaged sites continues, with reports of efforts to place infrastructure deeper underground for protection."),
    (Sentence, "Previous indirect talks collapsed amid military actions in 2025, leaving deep mistrust."),
    (Sentence, "Current back-channel efforts appear limited, with both capitals balancing public toughness and private outreach to avoid miscalculation."),
    (Heading, "High Stakes for Regional Stability"),
    (Sentence, "With warships in proximity, exercises underway, and rhetoric sharp, the Gulf watches nervously for any spark that could disrupt global energy flows or ignite wider conflict involving proxies and allies."),
    (Sentence, "The coming days will test whether diplomatic signals translate into substantive progress or if military preparations dominate."),
    (Sentence, "For now, the situation remains fluid, with both sides preserving options for negotiation while keeping fingers near triggers."),
    (Sentence, "The path to de-escalation narrows, but the alternative carries catastrophic risks for the Middle East and beyond."),
    (Meta, "Date: 1 Feb, 2026"),
    (Meta, "EE Gold: Your Trusted Partner in Gold and Precious Metals Trading - Secure, Transparent, and Global Solutions."),
];
