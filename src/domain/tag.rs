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
