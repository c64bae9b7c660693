//! The suggestion review: the "Suggest" toggle, what waits on the selected
//! sentences and why, and accepting or rejecting all of one tag at once.

use leptos::prelude::*;

use crate::domain::review;
use crate::domain::tag::{self, BUILT_IN};

use super::state::{after_quiet, use_workspace, Workspace};

#[component]
pub fn SuggestionReview() -> impl IntoView {
    let ws = use_workspace();
    // Waiting suggestions change with the document, the selection and the
    // toggle; these views follow them a frame later (`settled`), and new
    // suggestions at once.
    let track = move || {
        ws.settled.track();
        ws.suggestions_rev.track();
        ws.show_suggestions.get()
    };
    let here = move || {
        if !track() {
            return None;
        }
        let pending = ws.pending_on_selection();
        Some(if pending.is_empty() {
            view! { <p class="empty">"No suggestion on the selected sentences."</p> }.into_any()
        } else {
            let items = pending
                .into_iter()
                .map(|s| {
                    let spec = tag::by_name(s.tag.as_str());
                    let label = spec.map_or(s.tag.to_string(), |t| t.label.to_string());
                    let glyph = spec.map_or("•", |t| t.glyph);
                    let speaker = s.speaker.clone().map(|n| format!(" · {n}"));
                    let (accept, reject) = (s.clone(), s.clone());
                    view! {
                        <li class=format!("suggestion t-{}", s.tag)>
                            <span class="chip">
                                <span aria-hidden="true">{glyph}" "</span>
                                {label}
                                {speaker}
                            </span>
                            <span class="reason">{s.reason.clone()}</span>
                            <span class="actions">
                                <button on:click=move |_| ws.accept(std::slice::from_ref(&accept))>"Accept"</button>
                                <button on:click=move |_| ws.reject(std::slice::from_ref(&reject))>"Reject"</button>
                            </span>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="suggestions">{items}</ul> }.into_any()
        })
    };
    // Counts follow the waiting suggestions only, not the cursor.
    let by_tag = move || {
        ws.settled.track();
        ws.suggestions_rev.track();
        if !ws.show_suggestions.get() {
            return None;
        }
        let rows = BUILT_IN
            .iter()
            .map(|spec| {
                let name = spec.name;
                let n = ws.pending_count(|s| s.tag.as_str() == name);
                let plural = format!("{}s", spec.label.to_lowercase());
                view! {
                    <li class=format!("bulk t-{name}")>
                        <span>
                            <span aria-hidden="true">{spec.glyph}" "</span>
                            {format!(
                                "{n} {} waiting",
                                if n == 1 { spec.label.to_lowercase() } else { plural.clone() }
                            )}
                        </span>
                        <button
                            disabled=n == 0
                            aria-label=format!("Accept all {plural}")
                            on:click=move |_| ws.accept(&ws.pending(|s| s.tag.as_str() == name))
                        >
                            "Accept all"
                        </button>
                        <button
                            disabled=n == 0
                            aria-label=format!("Reject all {plural}")
                            on:click=move |_| ws.reject(&ws.pending(|s| s.tag.as_str() == name))
                        >
                            "Reject all"
                        </button>
                    </li>
                }
            })
            .collect_view();
        Some(view! { <ul class="bulk-actions">{rows}</ul> })
    };
    view! {
        <section class="review" aria-labelledby="review-title">
            <h2 id="review-title">"Suggestions"</h2>
            <label class="toggle">
                <input
                    type="checkbox"
                    prop:checked=move || ws.show_suggestions.get()
                    on:change=move |ev| ws.set_show_suggestions(event_target_checked(&ev))
                />
                " Suggest (dashed outlines; a accepts, x rejects)"
            </label>
            {here}
            {by_tag}
        </section>
    }
}

/// How long after the last edit "Who said what" is gathered again.
const SETTLE_MS: u64 = 300;

/// Up to this many statements in all, every speaker's list starts unfolded.
const UNFOLDED_STATEMENTS: usize = 40;

/// Statements drawn under one speaker.
const SPEAKER_STATEMENTS: usize = 50;

/// One thing a speaker said; a click selects its sentence.
fn statement(ws: Workspace, x: &review::Said) -> impl IntoView {
    let tags = x.tags.join(", ");
    let start = x.start;
    let jump = move |_| {
        let sentence = ws
            .doc
            .with_untracked(|d| d.as_ref().and_then(|d| d.sentence_at(start)));
        if let Some(i) = sentence {
            ws.place_cursor(i, false);
            super::browser::flash(&super::state::sentence_dom_id(i));
        }
    };
    view! {
        <li class:suggested=x.suggested>
            <button class="jump" on:click=jump>
                <span class="said-tags">
                    {tags}
                    {x.suggested.then_some(" (suggested)")}
                </span>
                " "
                {x.text.clone()}
            </button>
        </li>
    }
}

/// "Who said what": every speaker with the quotes and claims attributed to
/// them, accepted or still suggested; a click selects the sentence.
#[component]
pub fn WhoSaidWhat() -> impl IntoView {
    let ws = use_workspace();
    // Folded away, the list is not drawn at all: it can be long.
    let (open, set_open) = signal(true);
    // Redrawn a moment after the last edit rather than in the frame of each
    // keystroke: gathering every statement costs milliseconds on a long
    // article, and this is a summary. Opening an article shows it at once.
    let settled = after_quiet(std::time::Duration::from_millis(SETTLE_MS), move || {
        ws.doc.track();
        ws.pending_mask.track();
        ws.show_suggestions.track();
    });
    // A memo, so the list is drawn again only when who said what changed.
    let speakers = Memo::new(move |_| {
        settled.track();
        ws.opened.track();
        if !open.get() {
            return None;
        }
        let show = ws.show_suggestions.get_untracked();
        ws.doc.with_untracked(|d| {
            let d = d.as_ref()?;
            let index = if show {
                let pending = ws.pending_mask.get_untracked();
                ws.suggestions
                    .with_value(|all| review::who_said_what(d, all, &pending))
            } else {
                review::who_said_what(d, &[], &[])
            };
            Some(index)
        })
    });
    // Keyed by speaker and what they said: an edit redraws only the
    // speaker it touched, not the whole list. On a long article each
    // speaker starts folded, and a folded speaker's statements are not drawn.
    let entries = move || {
        let index = speakers.get().unwrap_or_default();
        let total: usize = index.values().map(Vec::len).sum();
        let unfolded = total <= UNFOLDED_STATEMENTS;
        index
            .into_iter()
            .map(|(name, said)| (name, said, unfolded))
            .collect::<Vec<_>>()
    };
    let speaker_block = move |(name, said, unfolded): (String, Vec<review::Said>, bool)| {
        let (open, set_open) = signal(unfolded);
        let (limit, set_limit) = signal(SPEAKER_STATEMENTS);
        let count = said.len();
        let said = std::sync::Arc::new(said);
        let items = move || {
            open.get().then(|| {
                said.iter()
                    .take(limit.get())
                    .map(|x| statement(ws, x))
                    .collect_view()
            })
        };
        let more = move || {
            (open.get() && count > limit.get()).then(|| {
                view! {
                    <li>
                        <button class="more" on:click=move |_| set_limit.set(usize::MAX)>
                            {format!("Show all {count}")}
                        </button>
                    </li>
                }
            })
        };
        let on_toggle = move |ev: leptos::ev::Event| {
            let details = event_target::<web_sys::HtmlDetailsElement>(&ev);
            set_open.set(details.open());
        };
        view! {
            <li class="speaker">
                <details open=unfolded on:toggle=on_toggle>
                    <summary>
                        <h3>{format!("{name} ({count})")}</h3>
                    </summary>
                    <ul>{items} {more}</ul>
                </details>
            </li>
        }
    };
    let nobody = move || speakers.with(|s| s.as_ref().is_none_or(|s| s.is_empty()));
    let on_toggle = move |ev: leptos::ev::Event| {
        let details = event_target::<web_sys::HtmlDetailsElement>(&ev);
        set_open.set(details.open());
    };
    view! {
        <section class="who-said-what" aria-labelledby="who-title">
            <details open on:toggle=on_toggle>
                <summary>
                    <h2 id="who-title">"Who said what"</h2>
                </summary>
                <Show when=move || !nobody() fallback=|| view! { <p class="empty">"No speaker named yet."</p> }>
                    <ul class="speakers">
                        <For each=entries key=|entry| entry.clone() children=speaker_block />
                    </ul>
                </Show>
            </details>
        </section>
    }
}
