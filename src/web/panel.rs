//! The side panel: every annotation with its tags, speaker and note.

use leptos::prelude::*;

use crate::domain::annotation::Annotation;

use super::browser;
use super::state::{sentence_dom_id, use_workspace};
use super::suggestions::{SuggestionReview, WhoSaidWhat};
use super::tags::TagManager;

/// Rows drawn at first, and added by each "Show more".
const ROWS_AT_ONCE: usize = 100;

#[component]
pub fn AnnotationPanel() -> impl IntoView {
    let ws = use_workspace();
    // What the list shows: text typed in the filter box, and one tag or all.
    let (query, set_query) = signal(String::new());
    let (only_tag, set_only_tag) = signal(None::<String>);
    let ids = Memo::new(move |_| {
        let needle = query.with(|q| q.trim().to_lowercase());
        let tag = only_tag.get();
        ws.settled.track();
        ws.doc.with_untracked(|d| {
            d.as_ref()
                .map(|d| {
                    d.annotations
                        .iter()
                        .filter(|a| {
                            tag.as_ref()
                                .is_none_or(|t| a.tags.iter().any(|x| x.as_str() == t))
                        })
                        .filter(|a| {
                            needle.is_empty()
                                || a.text.to_lowercase().contains(&needle)
                                || a.note.to_lowercase().contains(&needle)
                                || a.speaker
                                    .as_ref()
                                    .is_some_and(|s| s.to_lowercase().contains(&needle))
                        })
                        .map(|a| a.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // How many matching rows are drawn: thousands of rows, each a few dozen
    // elements, would make every change lay out the whole list.
    let (limit, set_limit) = signal(ROWS_AT_ONCE);
    Effect::new(move |_| {
        query.track();
        only_tag.track();
        set_limit.set(ROWS_AT_ONCE);
    });
    let shown_ids = move || {
        let limit = limit.get();
        ids.with(|ids| ids.iter().take(limit).cloned().collect::<Vec<_>>())
    };
    let hidden = move || ids.with(Vec::len).saturating_sub(limit.get());
    let total = move || {
        ws.settled.track();
        ws.doc
            .with_untracked(|d| d.as_ref().map_or(0, |d| d.annotations.len()))
    };
    let tag_filters = move || {
        let vocabulary = ws.vocabulary.get();
        ws.settled.track();
        let counts: Vec<usize> = ws.doc.with_untracked(|d| {
            vocabulary
                .iter()
                .map(|info| d.as_ref().map_or(0, |d| d.tag_usage(&info.name)))
                .collect()
        });
        let all = view! {
            <button
                class="filter-tag"
                aria-pressed=move || only_tag.get().is_none().to_string()
                on:click=move |_| set_only_tag.set(None)
            >
                {format!("All {}", total())}
            </button>
        };
        let each = vocabulary
            .iter()
            .zip(counts)
            .map(|(info, n)| {
                let name = info.name.clone();
                let pressed = {
                    let name = name.clone();
                    move || {
                        only_tag
                            .with(|t| t.as_deref() == Some(name.as_str()))
                            .to_string()
                    }
                };
                let class = if info.built_in {
                    format!("filter-tag t-{name}")
                } else {
                    "filter-tag t-custom".to_string()
                };
                let colour = (!info.built_in).then(|| info.colour.clone());
                view! {
                    <button
                        class=class
                        style:--tag=colour
                        aria-pressed=pressed
                        on:click=move |_| set_only_tag.set(Some(name.clone()))
                    >
                        <span aria-hidden="true">{info.glyph.clone()}" "</span>
                        {format!("{} {n}", info.label)}
                    </button>
                }
            })
            .collect_view();
        (all, each)
    };
    let leave = |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            browser::focus("article");
        }
    };
    view! {
        <aside class="panel" aria-label="Side panel">
            <SuggestionReview />
            <WhoSaidWhat />
            <TagManager />
            <h2 id="panel-title">"Annotations"</h2>
            <div class="counts" role="group" aria-label="Show annotations of one tag">
                {tag_filters}
            </div>
            <input
                type="search"
                id="annotation-filter"
                aria-label="Filter annotations"
                placeholder="Filter by text, note or speaker (/)"
                prop:value=query
                on:input=move |ev| set_query.set(event_target_value(&ev))
                on:keydown=leave
            />
            <Show
                when=move || ids.with(|ids| !ids.is_empty())
                fallback=move || {
                    if total() == 0 {
                        view! { <p class="empty">"No annotations yet: select a sentence and press c, q or w."</p> }
                    } else {
                        view! { <p class="empty">"No annotation matches the filter."</p> }
                    }
                }
            >
                <ol class="annotations">
                    <For each=shown_ids key=|id| id.clone() let:id>
                        <AnnotationRow id=id />
                    </For>
                </ol>
                <Show when=move || { hidden() > 0 }>
                    <button class="more" on:click=move |_| set_limit.update(|n| *n += ROWS_AT_ONCE)>
                        {move || {
                            let n = hidden();
                            format!("Show {} more of {n} not shown", n.min(ROWS_AT_ONCE))
                        }}
                    </button>
                </Show>
            </Show>
        </aside>
    }
}

#[component]
fn AnnotationRow(id: String) -> impl IntoView {
    let ws = use_workspace();
    // The row follows its own annotation's signal: nothing here re-runs
    // unless this annotation changed.
    let annotation = ws.row(&id);
    let read = move |f: &dyn Fn(&Annotation) -> Option<String>| {
        annotation.as_ref().and_then(|row| row.with(|a| f(a)))
    };
    let excerpt = read(&|a| Some(excerpt(&a.text)));
    let note = {
        let read = read.clone();
        move || read(&|a| Some(a.note.clone()))
    };
    let speaker = {
        let read = read.clone();
        move || read(&|a| a.speaker.clone())
    };
    // Fields follow the document (undo, import, another tab) but are not
    // rewritten while they already say the same, so typing keeps its caret.
    let note_field = NodeRef::<leptos::html::Textarea>::new();
    // `n` pressed before this row was drawn: the keyboard goes here now.
    {
        let id = id.clone();
        Effect::new(move |_| {
            if let Some(el) = note_field.get() {
                if ws
                    .focus_note
                    .with_value(|f| f.as_deref() == Some(id.as_str()))
                {
                    ws.focus_note.set_value(None);
                    let _ = el.focus();
                }
            }
        });
    }
    Effect::new(move |_| {
        if let (Some(note), Some(el)) = (note(), note_field.get()) {
            if el.value() != note {
                el.set_value(&note);
            }
        }
    });
    let speaker_field = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let speaker = speaker().unwrap_or_default();
        if let Some(el) = speaker_field.get() {
            if el.value().trim() != speaker {
                el.set_value(&speaker);
            }
        }
    });
    let tags = {
        let row = ws.row(&id);
        move || {
            row.as_ref()
                .map(|r| r.with(|a| a.tags.clone()))
                .unwrap_or_default()
        }
    };
    let chips = move || {
        let vocabulary = ws.vocabulary.get();
        tags()
            .iter()
            .map(|t| {
                let info = vocabulary.iter().find(|i| i.name == t.as_str());
                let (glyph, label) = info.map_or(("•", t.as_str()), |i| {
                    (i.glyph.as_str(), i.label.as_str())
                });
                let custom = info.is_some_and(|i| !i.built_in);
                let class = if custom {
                    "chip t-custom".to_string()
                } else {
                    format!("chip t-{t}")
                };
                let colour = info.filter(|_| custom).map(|i| i.colour.clone());
                view! {
                    <span class=class style:--tag=colour>
                        <span aria-hidden="true">{glyph.to_string()}" "</span>
                        {label.to_string()}
                    </span>
                }
            })
            .collect_view()
    };
    let select = {
        let id = id.clone();
        move |_| {
            ws.select_annotation(&id);
            browser::flash(&sentence_dom_id(ws.cursor.get_untracked()));
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
                <input type="text" id=format!("speaker-{id}") node_ref=speaker_field on:input=on_speaker on:keydown=leave />
            </label>
            <label class="field">
                <span>"Note"</span>
                <textarea id=format!("note-{id}") rows="2" node_ref=note_field on:input=on_note on:keydown=leave></textarea>
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
