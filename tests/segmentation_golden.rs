//! The Golden Rules (48 English cases) and pySBD's regression cases (13),
//! read in place from the shared folder, one test per case so that a
//! failure names its rule. Where the shared folder is missing, each test
//! says so and passes.

use std::path::PathBuf;
use std::sync::OnceLock;

use marginalia::domain::segment::split;
use serde_json::Value;

fn shared(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/segmentation")
        .join(rel)
}

fn load(rel: &str) -> Option<Vec<Value>> {
    let path = shared(rel);
    let text = std::fs::read_to_string(&path).ok()?;
    Some(serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

fn golden() -> Option<&'static [Value]> {
    static CASES: OnceLock<Option<Vec<Value>>> = OnceLock::new();
    CASES
        .get_or_init(|| load("golden_rules_en.json"))
        .as_deref()
}

fn regressions() -> Option<&'static [Value]> {
    static CASES: OnceLock<Option<Vec<Value>>> = OnceLock::new();
    CASES
        .get_or_init(|| load("pysbd_regressions_en.json"))
        .as_deref()
}

/// The segments of `text`, as strings with white space trimmed.
fn segments(text: &str) -> Vec<String> {
    split(text)
        .iter()
        .map(|s| text[s.start..s.end].trim().to_string())
        .collect()
}

/// Checks one case; `Err` describes the mismatch.
fn check(case: &Value) -> Result<(), String> {
    let text = case["text"].as_str().expect("text");
    let expected: Vec<String> = case["expected"]
        .as_array()
        .expect("expected")
        .iter()
        .map(|e| e.as_str().expect("string").trim().to_string())
        .collect();
    let got = segments(text);
    if got == expected {
        Ok(())
    } else {
        Err(format!(
            "case {} ({}):\n  expected {expected:#?}\n  got      {got:#?}",
            case["id"], case["name"]
        ))
    }
}

fn run(set: Option<&'static [Value]>, index: usize) {
    let Some(cases) = set else {
        eprintln!("skipped: ../shared/segmentation is missing");
        return;
    };
    if let Err(e) = check(&cases[index]) {
        panic!("{e}");
    }
}

macro_rules! cases {
    ($set:ident: $($name:ident = $index:expr),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                run($set(), $index);
            }
        )*
    };
}

cases!(golden:
    golden_01_simple_period = 0, golden_02_question_mark = 1, golden_03_exclamation = 2,
    golden_04_upper_initial = 3, golden_05_lower_initial = 4, golden_06_co_mid = 5,
    golden_07_co_upper_mid = 6, golden_08_co_end = 7, golden_09_co_upper_end = 8,
    golden_10_prepositive = 9, golden_11_pre_and_postpositive = 10, golden_12_possessive = 11,
    golden_13_multi_period_mid = 12, golden_14_multi_period_end = 13, golden_15_us_boundary = 14,
    golden_16_us_before_name = 15, golden_17_us_mid = 16, golden_18_am_pm = 17,
    golden_19_number_mid = 18, golden_20_number_end = 19, golden_21_parenthetical = 20,
    golden_22_email = 21, golden_23_url = 22, golden_24_single_quotes_mid = 23,
    golden_25_double_quotes_mid = 24, golden_26_double_quotes_end = 25,
    golden_27_double_exclamation = 26, golden_28_double_question = 27,
    golden_29_exclamation_question = 28, golden_30_question_exclamation = 29,
    golden_31_list_dot_paren = 30, golden_32_list_dot_paren_period = 31,
    golden_33_list_paren = 32, golden_34_list_paren_period = 33, golden_35_list_dot = 34,
    golden_36_list_dot_period = 35, golden_37_list_bullet = 36, golden_38_list_hyphen = 37,
    golden_39_list_alphabetical = 38, golden_40_geo_coordinates = 39,
    golden_41_exclamation_name = 40, golden_42_pronoun_i = 41,
    golden_43_ellipsis_end_of_quotation = 42, golden_44_ellipsis_brackets = 43,
    golden_45_ellipsis_boundary_standard = 44, golden_46_ellipsis_boundary_nonstandard = 45,
    golden_47_ellipsis_non_boundary = 46, golden_48_four_dot_ellipsis = 47,
);

cases!(regressions:
    pysbd_27_roman_table = 0, pysbd_29_citations = 1, pysbd_30_ie_after_bracket = 2,
    pysbd_31_math_variables = 3, pysbd_34_single_period = 4, pysbd_34_two_periods = 5,
    pysbd_34_spaced_ellipsis = 6, pysbd_34_spaced_exclamations = 7,
    pysbd_36_double_question = 8, pysbd_37_yahoo = 9, pysbd_39_fig_then_sentence = 10,
    pysbd_39_fig_alone = 11, pysbd_58_long_number = 12,
);

/// Every case in one place, with the score, so a run shows how far off a
/// change leaves the splitter; the per-case tests above fail for each one.
#[test]
fn scores() {
    for (name, set, total) in [
        ("golden rules", golden(), 48),
        ("pySBD regressions", regressions(), 13),
    ] {
        let Some(cases) = set else {
            eprintln!("skipped: ../shared/segmentation is missing");
            return;
        };
        assert_eq!(cases.len(), total, "{name}: case count changed");
        let failures: Vec<String> = cases.iter().filter_map(|c| check(c).err()).collect();
        eprintln!("{name}: {}/{total}", total - failures.len());
        for f in &failures {
            eprintln!("{f}");
        }
    }
}
