//! The article's own tags beyond claim, quote and warning: a name, a colour
//! and a key, kept with the article. The rules (unique names and keys, no
//! clash with the page's shortcuts) are the domain's; this is the form.

use leptos::prelude::*;

use crate::domain::tag::{TagError, PALETTE};
use crate::domain::vocabulary::{TagFields, TagInfo};

use super::browser;
use super::keyboard::RESERVED_KEYS;
use super::state::use_workspace;

#[component]
pub fn TagManager() -> impl IntoView {
    let ws = use_workspace();
    let custom = move || {
        ws.vocabulary
            .get()
            .iter()
            .filter(|t| !t.built_in)
            .cloned()
            .collect::<Vec<_>>()
    };
    let summary = move || {
        let n = ws
            .vocabulary
            .with(|v| v.iter().filter(|t| !t.built_in).count());
        match n {
            0 => "Tags: claim, quote, warning".to_string(),
            1 => "Tags: the three built-ins and 1 of this article's".to_string(),
            n => format!("Tags: the three built-ins and {n} of this article's"),
        }
    };
    view! {
        <details class="tag-manager">
            <summary>{summary}</summary>
            <ul class="custom-tags" aria-label="This article's own tags">
                <For
                    each=custom
                    key=|t| (t.name.clone(), t.label.clone(), t.colour.clone(), t.key, t.glyph.clone())
                    let:tag
                >
                    <CustomTagRow tag=tag />
                </For>
            </ul>
            <TagForm editing=None />
        </details>
    }
}

#[component]
fn CustomTagRow(tag: TagInfo) -> impl IntoView {
    let ws = use_workspace();
    let (editing, set_editing) = signal(false);
    // Removing a tag still in use takes a second, explicit click.
    let (confirm, set_confirm) = signal(None::<String>);
    let name = tag.name.clone();
    let remove = move |_| {
        let force = confirm.get_untracked().is_some();
        let now = browser::now();
        let mut outcome = None;
        ws.doc.update(|d| {
            if let Some(d) = d {
                outcome = Some(d.remove_tag(&name, force, &now));
            }
        });
        match outcome {
            Some(Ok(removal)) => {
                set_confirm.set(None);
                ws.after_vocabulary_change();
                ws.status.info(if removal.stripped == 0 {
                    "Tag removed.".to_string()
                } else {
                    format!(
                        "Tag removed from the list and from {} annotation{}.",
                        removal.stripped,
                        if removal.stripped == 1 { "" } else { "s" }
                    )
                });
            }
            Some(Err(TagError::InUse { label, count })) => set_confirm.set(Some(format!(
                "{count} annotation{} use {label}. Remove it from {} too? This cannot be undone.",
                if count == 1 { "" } else { "s" },
                if count == 1 { "it" } else { "them" }
            ))),
            Some(Err(e)) => ws.status.error(e.to_string()),
            None => {}
        }
    };
    let usage = {
        let name = tag.name.clone();
        move || {
            ws.settled.track();
            ws.doc
                .with_untracked(|d| d.as_ref().map_or(0, |d| d.tag_usage(&name)))
        }
    };
    let key = tag.key.map_or("no key".to_string(), |k| format!("key {k}"));
    let edit_name = tag.name.clone();
    view! {
        <li class="custom-tag">
            <span class="swatch" aria-hidden="true" style:background=tag.colour.clone()></span>
            <span class="glyph" aria-hidden="true">{tag.glyph.clone()}</span>
            <span class="label">{tag.label.clone()}</span>
            <span class="meta">{move || format!("{key} · {} used", usage())}</span>
            <button on:click=move |_| set_editing.update(|e| *e = !*e) aria-expanded=move || editing.get().to_string()>
                "Edit"
            </button>
            <button on:click=remove>
                {move || if confirm.with(Option::is_some) { "Remove anyway" } else { "Remove" }}
            </button>
            <Show when=move || confirm.with(Option::is_some)>
                <p class="warn-text" role="alert">{move || confirm.get()}</p>
            </Show>
            <Show when=move || editing.get()>
                <TagForm editing=Some(edit_name.clone()) />
            </Show>
        </li>
    }
}

/// Adds a tag (`editing` None) or changes the custom tag `editing`.
#[component]
fn TagForm(editing: Option<String>) -> impl IntoView {
    let ws = use_workspace();
    let current = editing.as_ref().and_then(|name| {
        ws.doc
            .with_untracked(|d| d.as_ref().and_then(|d| d.tag_info(name)))
    });
    let next_colour = ws.vocabulary.with_untracked(|v| {
        PALETTE[v.iter().filter(|t| !t.built_in).count() % PALETTE.len()].to_string()
    });
    let label = RwSignal::new(
        current
            .as_ref()
            .map(|t| t.label.clone())
            .unwrap_or_default(),
    );
    let key = RwSignal::new(
        current
            .as_ref()
            .and_then(|t| t.key)
            .map(String::from)
            .unwrap_or_default(),
    );
    let colour = RwSignal::new(current.as_ref().map_or(next_colour, |t| t.colour.clone()));
    let glyph = RwSignal::new(
        current
            .as_ref()
            .map(|t| t.glyph.clone())
            .unwrap_or_default(),
    );
    let (problem, set_problem) = signal(None::<String>);
    let fields = move || -> Result<TagFields, String> {
        let key_text = key.get_untracked();
        let key_text = key_text.trim();
        let mut chars = key_text.chars();
        let key = match (chars.next(), chars.next()) {
            (None, _) => None,
            (Some(c), None) => Some(c),
            _ => return Err("The key is one letter or digit.".to_string()),
        };
        let glyph = glyph.get_untracked().trim().to_string();
        Ok(TagFields {
            label: label.get_untracked(),
            colour: colour.get_untracked(),
            key,
            glyph: (!glyph.is_empty()).then_some(glyph),
        })
    };
    let adding = editing.is_none();
    let editing_name = editing.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let fields = match fields() {
            Ok(f) => f,
            Err(message) => {
                set_problem.set(Some(message));
                return;
            }
        };
        let now = browser::now();
        let mut result = Err(String::new());
        ws.doc.update(|d| {
            if let Some(d) = d {
                result = match &editing_name {
                    Some(name) => d
                        .edit_tag(name, &fields, RESERVED_KEYS, &now)
                        .map(|()| d.tag_label(name)),
                    None => d
                        .add_tag(None, &fields, RESERVED_KEYS, &now)
                        .map(|t| d.tag_label(t.as_str())),
                }
                .map_err(|e| e.to_string());
            }
        });
        match result {
            Ok(done) => {
                set_problem.set(None);
                ws.after_vocabulary_change();
                let press = fields
                    .key
                    .map_or(String::new(), |k| format!(" Press {k} to tag with it."));
                if adding {
                    label.set(String::new());
                    key.set(String::new());
                    glyph.set(String::new());
                    ws.status.info(format!("Tag {done} added.{press}"));
                } else {
                    ws.status.info(format!("Tag {done} changed."));
                }
            }
            Err(message) => set_problem.set(Some(message)),
        }
    };
    let id = editing.clone().unwrap_or_else(|| "new".to_string());
    let field_id = move |what: &str| format!("tag-{what}-{id}");
    view! {
        <form class="tag-form" on:submit=submit aria-label=if adding { "Add a tag" } else { "Change this tag" }>
            <label for=field_id("label")>"Name"</label>
            <input id=field_id("label") type="text" maxlength="40" required bind:value=label />
            <label for=field_id("key")>"Key"</label>
            <input id=field_id("key") type="text" maxlength="1" size="2" bind:value=key />
            <label for=field_id("colour")>"Colour"</label>
            <input id=field_id("colour") type="color" bind:value=colour />
            <label for=field_id("glyph")>"Symbol"</label>
            <input id=field_id("glyph") type="text" maxlength="4" size="3" placeholder="auto" bind:value=glyph />
            <button type="submit">{if adding { "Add tag" } else { "Save" }}</button>
            <Show when=move || problem.with(Option::is_some)>
                <p class="warn-text" role="alert">{move || problem.get()}</p>
            </Show>
        </form>
    }
}
