//! The side panel: every annotation with its tags, speaker and note.

use leptos::prelude::*;

use crate::domain::tag::{self, Tag, BUILT_IN};

use super::browser;
use super::state::use_workspace;

#[component]
pub fn AnnotationPanel() -> impl IntoView {
    let ws = use_workspace();
    // One entry per annotation: its id, its tags and where it is in the list.
    // Rows are keyed by id and tags, so a tag change rebuilds only its own
    // row, and no row reads the document reactively: with thousands of rows,
    // thousands of subscribers to the document made every change cost
    // O(rows²) (each re-run unsubscribes from a list as long as the rows).
    let rows = move || {
        ws.doc.with(|d| {
            d.as_ref()
                .map(|d| {
                    d.annotations
                        .iter()
                        .enumerate()
                        .map(|(at, a)| (a.id.clone(), a.tags.clone(), at))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let any = move || {
        ws.doc
            .with(|d| d.as_ref().is_some_and(|d| !d.annotations.is_empty()))
    };
    let counts = move || {
        ws.doc.with(|d| {
            BUILT_IN
                .iter()
                .map(|spec| {
                    let n = d.as_ref().map_or(0, |d| {
                        d.annotations
                            .iter()
                            .filter(|a| a.tags.iter().any(|t| t.as_str() == spec.name))
                            .count()
                    });
                    view! {
                        <span class=format!("count t-{}", spec.name)>
                            <span aria-hidden="true">{spec.glyph}" "</span>
                            {format!("{n} {}", spec.label)}
                        </span>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <aside class="panel" aria-labelledby="panel-title">
            <h2 id="panel-title">"Annotations"</h2>
            <p class="counts">{counts}</p>
            <Show
                when=any
                fallback=|| view! { <p class="empty">"No annotations yet: select a sentence and press c, q or w."</p> }
            >
                <ol class="annotations">
                    <For
                        each=rows
                        key=|(id, tags, _)| (id.clone(), tags.clone())
                        children=|(id, tags, at)| view! { <AnnotationRow id=id tags=tags at=at /> }
                    />
                </ol>
            </Show>
        </aside>
    }
}

/// One annotation, `at` its index in the list when the row is made.
#[component]
fn AnnotationRow(id: String, tags: Vec<Tag>, at: usize) -> impl IntoView {
    let ws = use_workspace();
    // Note and speaker fields are left uncontrolled: rewriting them from the
    // document on every keystroke would fight the caret.
    let (excerpt, note, speaker) = ws.doc.with_untracked(|d| {
        d.as_ref()
            .and_then(|d| {
                d.annotations
                    .get(at)
                    .filter(|a| a.id == id)
                    .or_else(|| d.annotation(&id))
            })
            .map(|a| {
                (
                    excerpt(&a.text),
                    a.note.clone(),
                    a.speaker.clone().unwrap_or_default(),
                )
            })
            .unwrap_or_default()
    });
    let chips = tags
        .iter()
        .map(|t| {
            let (glyph, label) =
                tag::by_name(t.as_str()).map_or(("•", t.as_str()), |s| (s.glyph, s.label));
            view! {
                <span class=format!("chip t-{t}")>
                    <span aria-hidden="true">{glyph}" "</span>
                    {label.to_string()}
                </span>
            }
        })
        .collect_view();
    let select = {
        let id = id.clone();
        move |_| {
            ws.select_annotation(&id);
            browser::focus("article");
        }
    };
    let on_note = {
        let id = id.clone();
        move |ev| {
            let note = event_target_value(&ev);
            ws.edit_annotation(&id, "note", |d, now| {
                d.set_note(&id, &note, now);
            });
        }
    };
    let on_speaker = {
        let id = id.clone();
        move |ev| {
            let speaker = event_target_value(&ev);
            ws.edit_annotation(&id, "speaker", |d, now| {
                d.set_speaker(&id, &speaker, now);
            });
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            ws.remove(&id);
            browser::focus("article");
        }
    };
    // Escape in a field hands the keyboard back to the article.
    let leave = |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            browser::focus("article");
        }
    };
    view! {
        <li class="annotation" data-id=id.clone()>
            <div class="chips">{chips}</div>
            <button class="jump" title="Select this annotation in the article" on:click=select>
                {excerpt}
            </button>
            <label class="field">
                <span>"Speaker"</span>
                <input type="text" id=format!("speaker-{id}") prop:value=speaker on:input=on_speaker on:keydown=leave />
            </label>
            <label class="field">
                <span>"Note"</span>
                <textarea id=format!("note-{id}") rows="2" prop:value=note on:input=on_note on:keydown=leave></textarea>
            </label>
            <button class="delete" on:click=delete>"Delete"</button>
        </li>
    }
}

/// The first words of a span, for the list.
fn excerpt(text: &str) -> String {
    const MAX: usize = 140;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX).collect();
    format!("{}…", cut.trim_end())
}
