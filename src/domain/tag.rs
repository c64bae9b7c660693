//! Tags a person puts on a span. The three built-ins have fixed names, keys and
//! visual cues; the names are what the JSON format stores.

use serde::{Deserialize, Serialize};

/// A tag name as stored in the JSON document (`"claim"`, `"quote"`, …).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Tag(pub String);

impl Tag {
    pub fn new(name: &str) -> Self {
        Tag(name.to_string())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// How a tag is offered in the page: its label, its key and the glyph that
/// stands beside its colour so colour is never the only signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TagSpec {
    pub name: &'static str,
    pub label: &'static str,
    pub key: char,
    pub glyph: &'static str,
}

pub const BUILT_IN: [TagSpec; 3] = [
    TagSpec {
        name: "claim",
        label: "Claim",
        key: 'c',
        glyph: "◆",
    },
    TagSpec {
        name: "quote",
        label: "Quote",
        key: 'q',
        glyph: "❝",
    },
    TagSpec {
        name: "warning",
        label: "Warning",
        key: 'w',
        glyph: "⚠",
    },
];

/// The built-in tag bound to `key`, if any.
pub fn by_key(key: char) -> Option<&'static TagSpec> {
    BUILT_IN.iter().find(|t| t.key == key)
}

/// The built-in tag called `name`, if any.
pub fn by_name(name: &str) -> Option<&'static TagSpec> {
    BUILT_IN.iter().find(|t| t.name == name)
}

/// The light-theme colour of each built-in tag, as `style/main.css` sets it
/// (`--claim`, `--quote`, `--warning`), in [`BUILT_IN`] order.
pub const BUILT_IN_COLOURS: [&str; 3] = ["#1d4ed8", "#0f766e", "#b45309"];

/// At most this many custom tags per article: each wants a colour people can
/// tell apart and, usually, a key.
pub const MAX_CUSTOM_TAGS: usize = 12;
/// Longest tag name and label, in characters.
pub const MAX_NAME_CHARS: usize = 40;
pub const MAX_LABEL_CHARS: usize = 40;
/// Longest glyph, in characters (an emoji with a variation selector is two).
pub const MAX_GLYPH_CHARS: usize = 4;

/// Colours given to custom tags that arrive without one (a tag name found
/// only on imported annotations): dark enough to read as text on the light
/// background, and none of them a built-in's colour.
pub const PALETTE: [&str; 12] = [
    "#7c3aed", "#be185d", "#15803d", "#0369a1", "#a16207", "#b91c1c", "#4338ca", "#0e7490",
    "#a21caf", "#4d7c0f", "#9a3412", "#57534e",
];

/// A custom tag, stored with the article in [`AnnotatedDocument::tags`].
/// `name` is what annotations store in their `tags` and never changes;
/// `label` is what people see and can be edited freely.
///
/// [`AnnotatedDocument::tags`]: crate::domain::document::AnnotatedDocument::tags
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagDef {
    pub name: String,
    pub label: String,
    /// `#rrggbb`, lowercase.
    pub colour: String,
    /// The key that toggles it: a lowercase ASCII letter or digit. Tags that
    /// came in on imported annotations start without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<char>,
    /// Shown beside the colour, so colour is never the only signal.
    pub glyph: String,
}

/// Why a custom tag cannot be added, changed or removed: each message says
/// what to change, in words for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TagError {
    NameEmpty,
    NameTooLong {
        max: usize,
    },
    /// Leading or trailing white space, or a control character.
    NameInvalid(String),
    /// `by` says who has it: "the built-in tag Claim" or "the tag Source".
    NameTaken {
        name: String,
        by: String,
    },
    LabelEmpty,
    LabelTooLong {
        max: usize,
    },
    /// A control character (a line break, a tab) in the label.
    LabelInvalid(String),
    LabelTaken {
        label: String,
        by: String,
    },
    BadColour(String),
    BadKey(char),
    /// `by` is a tag ("the tag Claim") or "another shortcut of the page".
    KeyTaken {
        key: char,
        by: String,
    },
    BadGlyph(String),
    TooMany {
        max: usize,
    },
    Unknown(String),
    BuiltIn(String),
    /// Removing it would change annotations; pass `force` to strip it.
    InUse {
        label: String,
        count: usize,
    },
}

impl std::fmt::Display for TagError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TagError::NameEmpty => write!(f, "A tag needs a name."),
            TagError::NameTooLong { max } => {
                write!(f, "A tag name can be at most {max} characters long.")
            }
            TagError::NameInvalid(name) => write!(
                f,
                "The tag name {name:?} starts or ends with a space or holds a control character."
            ),
            TagError::NameTaken { name, by } => {
                write!(f, "The name {name:?} is taken by {by}.")
            }
            TagError::LabelEmpty => write!(f, "A tag needs a label."),
            TagError::LabelTooLong { max } => {
                write!(f, "A tag label can be at most {max} characters long.")
            }
            TagError::LabelInvalid(label) => {
                write!(
                    f,
                    "The tag label {label:?} holds a line break or control character."
                )
            }
            TagError::LabelTaken { label, by } => {
                write!(f, "The label {label:?} is taken by {by}; choose another.")
            }
            TagError::BadColour(c) => write!(
                f,
                "The colour {c:?} is not of the form #rrggbb (six hexadecimal digits)."
            ),
            TagError::BadKey(k) => write!(
                f,
                "The key {k:?} cannot be used: choose a lowercase letter a–z or a digit 0–9."
            ),
            TagError::KeyTaken { key, by } => {
                write!(f, "The key {key:?} is already used by {by}.")
            }
            TagError::BadGlyph(g) => write!(
                f,
                "The glyph {g:?} should be one to {MAX_GLYPH_CHARS} visible characters."
            ),
            TagError::TooMany { max } => {
                write!(f, "An article can have at most {max} custom tags.")
            }
            TagError::Unknown(name) => write!(f, "There is no custom tag {name:?}."),
            TagError::BuiltIn(name) => {
                write!(f, "The built-in tag {name:?} cannot be changed or removed.")
            }
            TagError::InUse { label, count } => write!(
                f,
                "The tag {label:?} is on {count} annotation{}; remove it from {} first, or \
                 remove it everywhere.",
                if *count == 1 { "" } else { "s" },
                if *count == 1 { "it" } else { "them" }
            ),
        }
    }
}

impl std::error::Error for TagError {}

/// Whether `s` is `#` and six hexadecimal digits (either case).
pub fn is_colour(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit())
}

/// Whether `c` may be a tag's key at all: a lowercase ASCII letter or digit.
pub fn is_key(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit()
}

/// The glyph a tag gets when none is given: its label's first letter (or
/// first character), uppercased.
pub fn default_glyph(label: &str) -> String {
    let label = label.trim();
    label
        .chars()
        .find(|c| c.is_alphanumeric())
        .or_else(|| label.chars().next())
        .map_or_else(|| "•".to_string(), |c| c.to_uppercase().collect())
}

/// A name made from a label: lowercase letters and digits, other runs of
/// characters as one dash (`"Needs source!"` → `"needs-source"`); `"tag"`
/// when nothing is left.
pub fn slug(label: &str) -> String {
    let mut out = String::new();
    for c in label.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out: String = out
        .trim_end_matches('-')
        .chars()
        .take(MAX_NAME_CHARS)
        .collect();
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "tag".to_string()
    } else {
        out.to_string()
    }
}

/// Checks a name's own form (not whether it is free).
pub fn check_name(name: &str) -> Result<(), TagError> {
    if name.trim().is_empty() {
        return Err(TagError::NameEmpty);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(TagError::NameTooLong {
            max: MAX_NAME_CHARS,
        });
    }
    if name.trim() != name || name.chars().any(char::is_control) {
        return Err(TagError::NameInvalid(name.to_string()));
    }
    Ok(())
}
