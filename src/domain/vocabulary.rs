//! An article's tag vocabulary: the three built-ins plus the custom tags kept
//! in [`AnnotatedDocument::tags`]. Adding, editing and removing custom tags
//! checks every rule first and returns a [`TagError`] that says what to
//! change; nothing is modified when a check fails.
//!
//! Annotations may still carry a tag name that is in neither list (an old
//! import from Hypothesis, say). [`AnnotatedDocument::adopt_unknown_tags`]
//! turns such names into vocabulary entries; until then the lookups below
//! fall back to the bare name.

use super::annotation::Annotation;
use super::document::AnnotatedDocument;
use super::tag::{
    self, check_name, default_glyph, is_colour, is_key, slug, Tag, TagDef, TagError, BUILT_IN,
    BUILT_IN_COLOURS, MAX_CUSTOM_TAGS, MAX_GLYPH_CHARS, MAX_LABEL_CHARS, PALETTE,
};

/// What a person fills in for a custom tag. `glyph: None` gives the label's
/// first letter, uppercased.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TagFields {
    pub label: String,
    pub colour: String,
    pub key: Option<char>,
    pub glyph: Option<String>,
}

impl TagFields {
    /// A label, a colour and a key, with the default glyph.
    pub fn new(label: &str, colour: &str, key: Option<char>) -> Self {
        TagFields {
            label: label.into(),
            colour: colour.into(),
            key,
            glyph: None,
        }
    }
}

/// One tag as the page shows it, built-in or custom alike. `index` is its
/// place in [`AnnotatedDocument::tag_specs`]: the built-ins are 0, 1 and 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagInfo {
    pub index: usize,
    pub name: String,
    pub label: String,
    pub key: Option<char>,
    pub glyph: String,
    /// `#rrggbb`; for a built-in, its light-theme colour (the page styles
    /// built-ins from its own stylesheet).
    pub colour: String,
    pub built_in: bool,
}

impl TagInfo {
    pub fn tag(&self) -> Tag {
        Tag::new(&self.name)
    }
}

/// What [`AnnotatedDocument::remove_tag`] did to annotations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TagRemoval {
    /// Annotations the tag was taken off.
    pub stripped: usize,
    /// Of those, the ones removed because nothing was left on them (no tag
    /// and no note).
    pub dropped: usize,
}

/// What [`AnnotatedDocument::adopt_unknown_tags`] (and imports) did with tag
/// names that were not in the vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TagAdoption {
    /// Names added to the vocabulary, with a generated colour and no key.
    pub added: Vec<String>,
    /// Names that differed from a known tag only in case (or matched its
    /// label), and were replaced by it: `(as found, as kept)`.
    pub renamed: Vec<(String, String)>,
    /// Names left on their annotations but not added: the vocabulary was
    /// full, or the name is not a valid one (too long, control characters).
    pub unlisted: Vec<String>,
}

impl TagAdoption {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.renamed.is_empty() && self.unlisted.is_empty()
    }

    /// A sentence for a status line, or `None` when nothing happened.
    pub fn summary(&self) -> Option<String> {
        let mut parts = Vec::new();
        if !self.added.is_empty() {
            parts.push(format!(
                "New tag{} added: {}",
                if self.added.len() == 1 { "" } else { "s" },
                self.added.join(", ")
            ));
        }
        if !self.renamed.is_empty() {
            let each: Vec<String> = self
                .renamed
                .iter()
                .map(|(from, to)| format!("{from} → {to}"))
                .collect();
            parts.push(format!(
                "Tags matched to existing ones: {}",
                each.join(", ")
            ));
        }
        if !self.unlisted.is_empty() {
            parts.push(format!(
                "Kept on annotations but not added as tags ({}): {}",
                if self.unlisted.iter().any(|n| check_name(n).is_err()) {
                    "invalid names or too many tags"
                } else {
                    "too many tags"
                },
                self.unlisted.join(", ")
            ));
        }
        (!parts.is_empty()).then(|| format!("{}.", parts.join(". ")))
    }

    fn note(list: &mut Vec<String>, name: &str) {
        if !list.iter().any(|n| n == name) {
            list.push(name.to_string());
        }
    }
}

/// The `index`-th built-in as a [`TagInfo`].
fn built_in_info(index: usize) -> TagInfo {
    let spec = &BUILT_IN[index];
    TagInfo {
        index,
        name: spec.name.to_string(),
        label: spec.label.to_string(),
        key: Some(spec.key),
        glyph: spec.glyph.to_string(),
        colour: BUILT_IN_COLOURS[index].to_string(),
        built_in: true,
    }
}

fn same(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

fn label_of(def: &TagDef) -> String {
    format!("the tag {}", def.label)
}

/// Checks `def` against the built-ins, the `others` custom tags and the
/// `reserved` keys. Does not count tags.
pub fn check_def(def: &TagDef, others: &[TagDef], reserved: &[char]) -> Result<(), TagError> {
    check_name(&def.name)?;
    for spec in &BUILT_IN {
        if same(spec.name, &def.name) {
            return Err(TagError::NameTaken {
                name: def.name.clone(),
                by: format!("the built-in tag {}", spec.label),
            });
        }
    }
    if let Some(o) = others.iter().find(|o| same(&o.name, &def.name)) {
        return Err(TagError::NameTaken {
            name: def.name.clone(),
            by: label_of(o),
        });
    }
    let label = def.label.trim();
    if label.is_empty() {
        return Err(TagError::LabelEmpty);
    }
    if label.chars().count() > MAX_LABEL_CHARS {
        return Err(TagError::LabelTooLong {
            max: MAX_LABEL_CHARS,
        });
    }
    if label.chars().any(char::is_control) {
        return Err(TagError::LabelInvalid(label.to_string()));
    }
    if let Some(spec) = BUILT_IN.iter().find(|s| same(s.label, label)) {
        return Err(TagError::LabelTaken {
            label: label.to_string(),
            by: format!("the built-in tag {}", spec.label),
        });
    }
    if let Some(o) = others.iter().find(|o| same(o.label.trim(), label)) {
        return Err(TagError::LabelTaken {
            label: label.to_string(),
            by: label_of(o),
        });
    }
    if !is_colour(&def.colour) {
        return Err(TagError::BadColour(def.colour.clone()));
    }
    if let Some(key) = def.key {
        if !is_key(key) {
            return Err(TagError::BadKey(key));
        }
        if let Some(spec) = tag::by_key(key) {
            return Err(TagError::KeyTaken {
                key,
                by: format!("the built-in tag {}", spec.label),
            });
        }
        if reserved.contains(&key) {
            return Err(TagError::KeyTaken {
                key,
                by: "another shortcut of the page".into(),
            });
        }
        if let Some(o) = others.iter().find(|o| o.key == Some(key)) {
            return Err(TagError::KeyTaken {
                key,
                by: label_of(o),
            });
        }
    }
    let glyph_len = def.glyph.chars().count();
    if glyph_len == 0
        || glyph_len > MAX_GLYPH_CHARS
        || def
            .glyph
            .chars()
            .any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(TagError::BadGlyph(def.glyph.clone()));
    }
    Ok(())
}

/// Checks a whole vocabulary as read from a file or store, in order: each
/// entry against the built-ins and the entries before it, and the count.
/// Returns the index of the entry at fault with the error. Reserved keys
/// are not checked: a file cannot know the page's shortcuts (see
/// [`AnnotatedDocument::free_reserved_keys`]).
pub fn check_vocabulary(defs: &[TagDef]) -> Result<(), (Option<usize>, TagError)> {
    if defs.len() > MAX_CUSTOM_TAGS {
        return Err((
            None,
            TagError::TooMany {
                max: MAX_CUSTOM_TAGS,
            },
        ));
    }
    for (i, def) in defs.iter().enumerate() {
        check_def(def, &defs[..i], &[]).map_err(|e| (Some(i), e))?;
    }
    Ok(())
}

/// FNV-1a of a name, to spread generated colours.
fn hash(name: &str) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for b in name.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h as usize
}

impl AnnotatedDocument {
    /// Every tag the page offers: the built-ins in their order, then the
    /// custom tags in the order they were added. `index` is the position.
    pub fn tag_specs(&self) -> Vec<TagInfo> {
        let mut out: Vec<TagInfo> = (0..BUILT_IN.len()).map(built_in_info).collect();
        for (i, def) in self.tags.iter().enumerate() {
            out.push(TagInfo {
                index: BUILT_IN.len() + i,
                name: def.name.clone(),
                label: def.label.clone(),
                key: def.key,
                glyph: def.glyph.clone(),
                colour: def.colour.clone(),
                built_in: false,
            });
        }
        out
    }

    /// The tag (built-in or custom) that `key` toggles.
    pub fn tag_by_key(&self, key: char) -> Option<TagInfo> {
        if let Some(i) = BUILT_IN.iter().position(|s| s.key == key) {
            return Some(built_in_info(i));
        }
        let i = self.tags.iter().position(|d| d.key == Some(key))?;
        self.tag_specs().into_iter().nth(BUILT_IN.len() + i)
    }

    /// The tag (built-in or custom) called exactly `name`.
    pub fn tag_info(&self, name: &str) -> Option<TagInfo> {
        if let Some(i) = BUILT_IN.iter().position(|s| s.name == name) {
            return Some(built_in_info(i));
        }
        let i = self.tags.iter().position(|d| d.name == name)?;
        self.tag_specs().into_iter().nth(BUILT_IN.len() + i)
    }

    /// The custom tag called `name`.
    pub fn custom_tag(&self, name: &str) -> Option<&TagDef> {
        self.tags.iter().find(|d| d.name == name)
    }

    /// What people see for the tag `name`: its label, or the name itself for
    /// a tag outside the vocabulary.
    pub fn tag_label(&self, name: &str) -> String {
        self.tag_info(name)
            .map_or_else(|| name.to_string(), |t| t.label)
    }

    /// The glyph of the tag `name`, or `•` for a tag outside the vocabulary.
    pub fn tag_glyph(&self, name: &str) -> String {
        self.tag_info(name)
            .map_or_else(|| "•".to_string(), |t| t.glyph)
    }

    /// How many annotations carry the tag `name`.
    pub fn tag_usage(&self, name: &str) -> usize {
        self.annotations
            .iter()
            .filter(|a| a.tags.iter().any(|t| t.as_str() == name))
            .count()
    }

    /// The custom tag that `add_tag` (when `editing` is `None`) or
    /// `edit_tag(editing, …)` would store, or why it cannot: for checking a
    /// form as the person types. `name` is only used when adding; `None`
    /// makes one from the label ([`slug`], made unique with `-2`, `-3`, …).
    /// `reserved` are the page's other single-key shortcuts.
    pub fn prepare_tag(
        &self,
        editing: Option<&str>,
        name: Option<&str>,
        fields: &TagFields,
        reserved: &[char],
    ) -> Result<TagDef, TagError> {
        let label = fields.label.trim();
        let (name, others): (String, Vec<TagDef>) = match editing {
            Some(editing) => {
                if tag::by_name(editing).is_some() {
                    return Err(TagError::BuiltIn(editing.to_string()));
                }
                if self.custom_tag(editing).is_none() {
                    return Err(TagError::Unknown(editing.to_string()));
                }
                let others = self
                    .tags
                    .iter()
                    .filter(|d| d.name != editing)
                    .cloned()
                    .collect();
                (editing.to_string(), others)
            }
            None => {
                if self.tags.len() >= MAX_CUSTOM_TAGS {
                    return Err(TagError::TooMany {
                        max: MAX_CUSTOM_TAGS,
                    });
                }
                let name = match name {
                    Some(n) => n.trim().to_string(),
                    None => self.free_name(&slug(label)),
                };
                (name, self.tags.clone())
            }
        };
        let glyph = match fields.glyph.as_deref().map(str::trim) {
            Some(g) if !g.is_empty() => g.to_string(),
            _ => default_glyph(label),
        };
        let def = TagDef {
            name,
            label: label.to_string(),
            colour: fields.colour.trim().to_lowercase(),
            key: fields.key,
            glyph,
        };
        check_def(&def, &others, reserved)?;
        Ok(def)
    }

    /// Adds a custom tag (see [`Self::prepare_tag`]) and returns its name,
    /// the [`Tag`] annotations will store.
    pub fn add_tag(
        &mut self,
        name: Option<&str>,
        fields: &TagFields,
        reserved: &[char],
        now: &str,
    ) -> Result<Tag, TagError> {
        let def = self.prepare_tag(None, name, fields, reserved)?;
        let tag = Tag::new(&def.name);
        self.tags.push(def);
        self.document.updated = now.to_string();
        Ok(tag)
    }

    /// Changes a custom tag's label, colour, key and glyph. Its name stays,
    /// so annotations are not touched.
    pub fn edit_tag(
        &mut self,
        name: &str,
        fields: &TagFields,
        reserved: &[char],
        now: &str,
    ) -> Result<(), TagError> {
        let def = self.prepare_tag(Some(name), None, fields, reserved)?;
        if let Some(slot) = self.tags.iter_mut().find(|d| d.name == name) {
            *slot = def;
        }
        self.document.updated = now.to_string();
        Ok(())
    }

    /// Removes a custom tag. While annotations carry it this is refused with
    /// [`TagError::InUse`] (giving the count) unless `force`, which takes it
    /// off them and removes those left with neither a tag nor a note.
    pub fn remove_tag(
        &mut self,
        name: &str,
        force: bool,
        now: &str,
    ) -> Result<TagRemoval, TagError> {
        if tag::by_name(name).is_some() {
            return Err(TagError::BuiltIn(name.to_string()));
        }
        let Some(at) = self.tags.iter().position(|d| d.name == name) else {
            return Err(TagError::Unknown(name.to_string()));
        };
        let count = self.tag_usage(name);
        if count > 0 && !force {
            return Err(TagError::InUse {
                label: self.tags[at].label.clone(),
                count,
            });
        }
        let mut removal = TagRemoval::default();
        self.annotations.retain_mut(|a: &mut Annotation| {
            let before = a.tags.len();
            a.tags.retain(|t| t.as_str() != name);
            if a.tags.len() == before {
                return true;
            }
            removal.stripped += 1;
            a.updated = now.to_string();
            if a.is_empty() {
                removal.dropped += 1;
                false
            } else {
                true
            }
        });
        self.tags.remove(at);
        self.document.updated = now.to_string();
        Ok(removal)
    }

    /// Adds the custom tags of another document (a file being imported onto
    /// this one) that this one lacks, in their order, while there is room.
    /// A tag whose key is taken here comes without its key; one whose name
    /// or label clashes is left out (its annotations then match the tag
    /// here by label, or are adopted). Returns the names added.
    pub fn take_vocabulary(&mut self, defs: &[TagDef]) -> Vec<String> {
        let mut added = Vec::new();
        for def in defs {
            if self.tags.len() >= MAX_CUSTOM_TAGS {
                break;
            }
            if tag::by_name(&def.name).is_some() || self.custom_tag(&def.name).is_some() {
                continue;
            }
            let keyless = TagDef {
                key: None,
                ..def.clone()
            };
            let fits = [def.clone(), keyless]
                .into_iter()
                .find(|d| check_def(d, &self.tags, &[]).is_ok());
            if let Some(d) = fits {
                added.push(d.name.clone());
                self.tags.push(d);
            }
        }
        added
    }

    /// Takes away the keys of custom tags that clash with the page's own
    /// `reserved` shortcuts (a file cannot know them), returning the names of
    /// the tags that lost their key.
    pub fn free_reserved_keys(&mut self, reserved: &[char]) -> Vec<String> {
        let mut freed = Vec::new();
        for def in &mut self.tags {
            if def.key.is_some_and(|k| reserved.contains(&k)) {
                def.key = None;
                freed.push(def.name.clone());
            }
        }
        freed
    }

    /// Gives every tag name used by an annotation a place in the vocabulary:
    /// a name equal but for case to a known tag's name or label is replaced
    /// by that tag; any other valid name becomes a custom tag labelled as
    /// named, with a generated colour and no key, while there is room.
    /// Names that cannot be added stay on their annotations and are listed.
    pub fn adopt_unknown_tags(&mut self) -> TagAdoption {
        let mut report = TagAdoption::default();
        let mut annotations = std::mem::take(&mut self.annotations);
        for a in &mut annotations {
            let mut kept: Vec<Tag> = Vec::with_capacity(a.tags.len());
            for t in a.tags.drain(..) {
                let t = self.admit_tag(&t, &mut report);
                if !kept.contains(&t) {
                    kept.push(t);
                }
            }
            a.tags = kept;
        }
        self.annotations = annotations;
        report
    }

    /// The tag to store for `tag` coming from outside: itself when known, the
    /// known tag it matches ignoring case, or itself after adding it to the
    /// vocabulary (or listing it as unlisted when it cannot be added).
    pub fn admit_tag(&mut self, tag: &Tag, report: &mut TagAdoption) -> Tag {
        let name = tag.as_str();
        if tag::by_name(name).is_some() || self.custom_tag(name).is_some() {
            return tag.clone();
        }
        let known = BUILT_IN
            .iter()
            .find(|s| same(s.name, name) || same(s.label, name))
            .map(|s| s.name.to_string())
            .or_else(|| {
                self.tags
                    .iter()
                    .find(|d| same(&d.name, name) || same(d.label.trim(), name.trim()))
                    .map(|d| d.name.clone())
            });
        if let Some(known) = known {
            if !report.renamed.iter().any(|(f, _)| f == name) {
                report.renamed.push((name.to_string(), known.clone()));
            }
            return Tag::new(&known);
        }
        let def = TagDef {
            name: name.to_string(),
            label: name.to_string(),
            colour: self.free_colour(name),
            key: None,
            glyph: default_glyph(name),
        };
        if self.tags.len() < MAX_CUSTOM_TAGS && check_def(&def, &self.tags, &[]).is_ok() {
            self.tags.push(def);
            TagAdoption::note(&mut report.added, name);
        } else {
            TagAdoption::note(&mut report.unlisted, name);
        }
        tag.clone()
    }

    /// A palette colour no custom tag uses yet, starting from one picked by
    /// the name so the same name tends to get the same colour.
    fn free_colour(&self, name: &str) -> String {
        let start = hash(name) % PALETTE.len();
        (0..PALETTE.len())
            .map(|i| PALETTE[(start + i) % PALETTE.len()])
            .find(|c| !self.tags.iter().any(|d| d.colour == *c))
            .unwrap_or(PALETTE[start])
            .to_string()
    }

    /// `wanted`, or `wanted-2`, `wanted-3`, … if a custom tag has it. A clash
    /// with a built-in is left for the checks to report.
    fn free_name(&self, wanted: &str) -> String {
        let taken = |n: &str| self.tags.iter().any(|d| same(&d.name, n));
        if !taken(wanted) {
            return wanted.to_string();
        }
        (2..)
            .map(|n| format!("{wanted}-{n}"))
            .find(|n| !taken(n))
            .expect("some number is free")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: &str = "2026-05-01T00:00:00.000Z";
    const T2: &str = "2026-05-02T00:00:00.000Z";

    fn doc() -> AnnotatedDocument {
        AnnotatedDocument::from_text("One claim here. Two quotes there. Three.", T)
    }

    fn fields(label: &str, colour: &str, key: Option<char>) -> TagFields {
        TagFields::new(label, colour, key)
    }

    fn tag_sentence(d: &mut AnnotatedDocument, i: usize, tag: &str, id: &str) {
        let (s, e) = d.span_of_sentences(i, i).unwrap();
        d.toggle_tag(s, e, &Tag::new(tag), T, || id.to_string())
            .unwrap();
    }

    #[test]
    fn adds_a_tag_with_a_slug_name_and_a_default_glyph() {
        let mut d = doc();
        let tag = d
            .add_tag(
                None,
                &fields("Needs source!", "#AA00ff", Some('s')),
                &[],
                T2,
            )
            .unwrap();
        assert_eq!(tag, Tag::new("needs-source"));
        assert_eq!(
            d.tags,
            [TagDef {
                name: "needs-source".into(),
                label: "Needs source!".into(),
                colour: "#aa00ff".into(),
                key: Some('s'),
                glyph: "N".into(),
            }]
        );
        assert_eq!(d.document.updated, T2);
        let specs = d.tag_specs();
        let names: Vec<&str> = specs.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["claim", "quote", "warning", "needs-source"]);
        assert_eq!(specs[3].index, 3);
        assert!(specs[0].built_in && !specs[3].built_in);
        assert_eq!(d.tag_by_key('s').unwrap().label, "Needs source!");
        assert_eq!(d.tag_by_key('c').unwrap().name, "claim");
        assert_eq!(d.tag_by_key('x'), None);
        assert_eq!(d.tag_label("needs-source"), "Needs source!");
        assert_eq!(d.tag_label("stray"), "stray");
        assert_eq!(d.tag_glyph("quote"), "❝");
    }

    #[test]
    fn a_given_glyph_and_name_are_kept_and_derived_names_are_made_unique() {
        let mut d = doc();
        let mut f = fields("Source", "#123456", None);
        f.glyph = Some(" ✎ ".into());
        d.add_tag(Some("src"), &f, &[], T).unwrap();
        assert_eq!(d.tags[0].glyph, "✎");
        assert_eq!(d.tags[0].name, "src");
        // A derived name that another tag has gets a number.
        let t = d
            .add_tag(None, &fields("Src", "#123456", None), &[], T)
            .unwrap();
        assert_eq!(t.as_str(), "src-2");
    }

    #[test]
    fn every_rule_gives_its_own_readable_error() {
        let mut d = doc();
        d.add_tag(None, &fields("Source", "#123456", Some('s')), &[], T)
            .unwrap();
        let long = "x".repeat(41);
        let cases: Vec<(Option<&str>, TagFields, TagError, &str)> = vec![
            (
                Some(" "),
                fields("A", "#000000", None),
                TagError::NameEmpty,
                "needs a name",
            ),
            (
                Some(&long),
                fields("A", "#000000", None),
                TagError::NameTooLong { max: 40 },
                "at most 40",
            ),
            (
                Some("a\tb"),
                fields("A", "#000000", None),
                TagError::NameInvalid("a\tb".into()),
                "control character",
            ),
            (
                Some("CLAIM"),
                fields("A", "#000000", None),
                TagError::NameTaken {
                    name: "CLAIM".into(),
                    by: "the built-in tag Claim".into(),
                },
                "taken by the built-in tag Claim",
            ),
            (
                Some("Source"),
                fields("A", "#000000", None),
                TagError::NameTaken {
                    name: "Source".into(),
                    by: "the tag Source".into(),
                },
                "taken by the tag Source",
            ),
            (
                None,
                fields("  ", "#000000", None),
                TagError::LabelEmpty,
                "needs a label",
            ),
            (
                None,
                fields(&long, "#000000", None),
                TagError::LabelTooLong { max: 40 },
                "at most 40",
            ),
            (
                Some("other"),
                fields("quote", "#000000", None),
                TagError::LabelTaken {
                    label: "quote".into(),
                    by: "the built-in tag Quote".into(),
                },
                "choose another",
            ),
            (
                Some("other"),
                fields("SOURCE", "#000000", None),
                TagError::LabelTaken {
                    label: "SOURCE".into(),
                    by: "the tag Source".into(),
                },
                "taken by the tag Source",
            ),
            (
                None,
                fields("A", "red", None),
                TagError::BadColour("red".into()),
                "#rrggbb",
            ),
            (
                None,
                fields("A", "#12345g", None),
                TagError::BadColour("#12345g".into()),
                "#rrggbb",
            ),
            (
                None,
                fields("A", "#000000", Some('A')),
                TagError::BadKey('A'),
                "lowercase",
            ),
            (
                None,
                fields("A", "#000000", Some('?')),
                TagError::BadKey('?'),
                "digit",
            ),
            (
                None,
                fields("A", "#000000", Some('w')),
                TagError::KeyTaken {
                    key: 'w',
                    by: "the built-in tag Warning".into(),
                },
                "already used by the built-in tag Warning",
            ),
            (
                None,
                fields("A", "#000000", Some('n')),
                TagError::KeyTaken {
                    key: 'n',
                    by: "another shortcut of the page".into(),
                },
                "another shortcut",
            ),
            (
                None,
                fields("A", "#000000", Some('s')),
                TagError::KeyTaken {
                    key: 's',
                    by: "the tag Source".into(),
                },
                "used by the tag Source",
            ),
            (
                None,
                TagFields {
                    glyph: Some("abcde".into()),
                    ..fields("A", "#000000", None)
                },
                TagError::BadGlyph("abcde".into()),
                "visible characters",
            ),
        ];
        for (name, f, expected, words) in cases {
            let before = d.clone();
            let err = d.add_tag(name, &f, &['n', 'j'], T2).unwrap_err();
            assert_eq!(err, expected, "{name:?} {f:?}");
            assert!(err.to_string().contains(words), "{err}");
            assert_eq!(d, before, "a refused change changes nothing");
        }
    }

    #[test]
    fn at_most_twelve_custom_tags() {
        let mut d = doc();
        for i in 0..MAX_CUSTOM_TAGS {
            d.add_tag(None, &fields(&format!("T{i}"), "#000000", None), &[], T)
                .unwrap();
        }
        let err = d
            .add_tag(None, &fields("One more", "#000000", None), &[], T)
            .unwrap_err();
        assert_eq!(err, TagError::TooMany { max: 12 });
        assert_eq!(
            err.to_string(),
            "An article can have at most 12 custom tags."
        );
    }

    #[test]
    fn editing_changes_the_label_but_never_the_annotations() {
        let mut d = doc();
        let t = d
            .add_tag(None, &fields("Source", "#123456", Some('s')), &[], T)
            .unwrap();
        tag_sentence(&mut d, 0, t.as_str(), "a1");
        let anns = d.annotations.clone();
        d.edit_tag(
            "source",
            &fields("Sourcing", "#654321", Some('k')),
            &['n'],
            T2,
        )
        .unwrap();
        assert_eq!(d.annotations, anns);
        let def = d.custom_tag("source").unwrap();
        assert_eq!(
            (
                def.label.as_str(),
                def.colour.as_str(),
                def.key,
                def.glyph.as_str()
            ),
            ("Sourcing", "#654321", Some('k'), "S")
        );
        assert_eq!(d.document.updated, T2);
        // Its own key and label do not count as taken by itself.
        d.edit_tag("source", &fields("sourcing", "#654321", Some('k')), &[], T2)
            .unwrap();
        assert_eq!(
            d.edit_tag("claim", &fields("X", "#000000", None), &[], T2),
            Err(TagError::BuiltIn("claim".into()))
        );
        assert_eq!(
            d.edit_tag("nope", &fields("X", "#000000", None), &[], T2),
            Err(TagError::Unknown("nope".into()))
        );
        assert_eq!(
            d.edit_tag("source", &fields("X", "#000000", Some('n')), &['n'], T2)
                .unwrap_err()
                .to_string(),
            "The key 'n' is already used by another shortcut of the page."
        );
    }

    #[test]
    fn removing_a_tag_in_use_is_refused_unless_forced() {
        let mut d = doc();
        let t = d
            .add_tag(None, &fields("Source", "#123456", None), &[], T)
            .unwrap();
        tag_sentence(&mut d, 0, t.as_str(), "a1");
        tag_sentence(&mut d, 1, t.as_str(), "a2");
        tag_sentence(&mut d, 1, "claim", "unused");
        tag_sentence(&mut d, 2, t.as_str(), "a3");
        d.set_note("a3", "keep me", T);
        let before = d.clone();
        let err = d.remove_tag("source", false, T2).unwrap_err();
        assert_eq!(
            err,
            TagError::InUse {
                label: "Source".into(),
                count: 3
            }
        );
        assert_eq!(
            err.to_string(),
            "The tag \"Source\" is on 3 annotations; remove it from them first, or remove it everywhere."
        );
        assert_eq!(d, before);

        let removal = d.remove_tag("source", true, T2).unwrap();
        assert_eq!(
            removal,
            TagRemoval {
                stripped: 3,
                dropped: 1
            }
        );
        assert!(d.tags.is_empty());
        let left: Vec<(&str, Vec<&str>)> = d
            .annotations
            .iter()
            .map(|a| (a.id.as_str(), a.tags.iter().map(Tag::as_str).collect()))
            .collect();
        assert_eq!(left, [("a2", vec!["claim"]), ("a3", vec![])]);
        assert!(d.annotations.iter().all(|a| a.updated == T2));

        // Unused tags go without force.
        d.add_tag(None, &fields("Spare", "#123456", None), &[], T)
            .unwrap();
        assert_eq!(d.remove_tag("spare", false, T2), Ok(TagRemoval::default()));
        assert_eq!(
            d.remove_tag("quote", true, T2),
            Err(TagError::BuiltIn("quote".into()))
        );
        assert_eq!(
            d.remove_tag("spare", true, T2),
            Err(TagError::Unknown("spare".into()))
        );
    }

    #[test]
    fn unknown_names_are_adopted_matched_or_listed() {
        let mut d = doc();
        d.add_tag(None, &fields("Source", "#123456", None), &[], T)
            .unwrap();
        tag_sentence(&mut d, 0, "economy", "a1");
        tag_sentence(&mut d, 0, "Claim", "a1");
        tag_sentence(&mut d, 0, "claim", "a1");
        tag_sentence(&mut d, 1, "SOURCE", "a2");
        let long = "y".repeat(50);
        tag_sentence(&mut d, 2, &long, "a3");
        let report = d.adopt_unknown_tags();
        assert_eq!(report.added, ["economy"]);
        assert_eq!(
            report.renamed,
            [
                ("Claim".to_string(), "claim".to_string()),
                ("SOURCE".to_string(), "source".to_string())
            ]
        );
        assert_eq!(report.unlisted, std::slice::from_ref(&long));
        let a1: Vec<&str> = d.annotations[0].tags.iter().map(Tag::as_str).collect();
        assert_eq!(a1, ["economy", "claim"], "duplicates folded");
        let economy = d.custom_tag("economy").unwrap();
        assert_eq!(economy.label, "economy");
        assert_eq!(economy.key, None);
        assert_eq!(economy.glyph, "E");
        assert!(PALETTE.contains(&economy.colour.as_str()));
        assert_ne!(economy.colour, "#123456");
        assert!(report.summary().unwrap().contains("New tag added: economy"));
        // Running it again adds nothing; the invalid name is still listed.
        let again = d.adopt_unknown_tags();
        assert!(again.added.is_empty() && again.renamed.is_empty());
        assert_eq!(again.unlisted, [long]);
    }

    #[test]
    fn adoption_stops_at_the_limit_and_colours_differ() {
        let mut d = doc();
        for i in 0..14 {
            tag_sentence(&mut d, 0, &format!("t{i}"), "a1");
        }
        let report = d.adopt_unknown_tags();
        assert_eq!(report.added.len(), MAX_CUSTOM_TAGS);
        assert_eq!(report.unlisted, ["t12", "t13"]);
        let mut colours: Vec<&str> = d.tags.iter().map(|t| t.colour.as_str()).collect();
        colours.sort_unstable();
        colours.dedup();
        assert_eq!(colours.len(), MAX_CUSTOM_TAGS);
        assert_eq!(check_vocabulary(&d.tags), Ok(()));
    }

    #[test]
    fn reserved_keys_can_be_freed_after_a_load() {
        let mut d = doc();
        d.add_tag(None, &fields("Next", "#123456", Some('n')), &[], T)
            .unwrap();
        assert_eq!(d.free_reserved_keys(&['n']), ["next"]);
        assert_eq!(d.tags[0].key, None);
    }

    #[test]
    fn slugs_and_glyphs() {
        assert_eq!(slug("  Needs a SOURCE!! "), "needs-a-source");
        assert_eq!(slug("Émile's"), "émile-s");
        assert_eq!(slug("😀"), "tag");
        assert_eq!(default_glyph("émile"), "É");
        assert_eq!(default_glyph("😀 fun"), "F");
        assert_eq!(default_glyph("😀"), "😀");
    }
}
