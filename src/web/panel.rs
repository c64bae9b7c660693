//! The side panel: every annotation with its tags, speaker and note.

use leptos::prelude::*;

use crate::domain::tag::{self, BUILT_IN};

use super::browser;
use super::state::use_workspace;

#[component]
pub fn AnnotationPanel() -> impl IntoView {
    let ws = use_workspace();
    let ids = move || {
        ws.doc.with(|d| {
            d.as_ref()
                .map(|d| {
                    d.annotations
                        .iter()
                        .map(|a| a.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
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
                when=move || !ids().is_empty()
                fallback=|| view! { <p class="empty">"No annotations yet: select a sentence and press c, q or w."</p> }
            >
                <ol class="annotations">
                    <For each=ids key=|id| id.clone() let:id>
                        <AnnotationRow id=id />
                    </For>
                </ol>
            </Show>
        </aside>
    }
}

#[component]
fn AnnotationRow(id: String) -> impl IntoView {
    let ws = use_workspace();
    // The speaker field is left uncontrolled: its stored value is trimmed,
    // and rewriting it on every keystroke would eat the space being typed.
    // The note is stored as typed, so it can follow the document (a merge
    // from another tab) without moving the caret.
    let (excerpt, note, speaker) = ws.doc.with_untracked(|d| {
        d.as_ref()
            .and_then(|d| d.annotation(&id))
            .map(|a| {
                (
                    excerpt(&a.text),
                    a.note.clone(),
                    a.speaker.clone().unwrap_or_default(),
                )
            })
            .unwrap_or_default()
    });
    let chips = {
        let id = id.clone();
        move || {
            ws.doc.with(|d| {
                d.as_ref().and_then(|d| d.annotation(&id)).map(|a| {
                    a.tags
                        .iter()
                        .map(|t| {
                            let (glyph, label) = tag::by_name(t.as_str())
                                .map_or(("•", t.as_str()), |s| (s.glyph, s.label));
                            view! {
                                <span class=format!("chip t-{t}")>
                                    <span aria-hidden="true">{glyph}" "</span>
                                    {label.to_string()}
                                </span>
                            }
                        })
                        .collect_view()
                })
            })
        }
    };
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
    let note = {
        let id = id.clone();
        move || {
            ws.doc.with(|d| {
                d.as_ref()
                    .and_then(|d| d.annotation(&id))
                    .map_or(note.clone(), |a| a.note.clone())
            })
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
