//! The buttons above the article: tag the selection, move work in and out,
//! start anew.

use leptos::prelude::*;

use crate::domain::tag::Tag;
use crate::domain::vocabulary::TagInfo;

use super::browser;
use super::state::{use_workspace, Workspace};
use super::transfer::Transfer;

#[component]
pub fn Toolbar() -> impl IntoView {
    let ws = use_workspace();
    // The tags of the selection's annotation, found once for every button
    // (each used to look the annotation up itself); follows the cursor and
    // the document.
    let on_selection = Memo::new(move |_| {
        ws.cursor.track();
        ws.anchor.track();
        ws.span.track();
        ws.doc.track();
        ws.selected_span()
            .and_then(|(s, e)| {
                ws.doc
                    .with_untracked(|d| d.as_ref()?.annotation_on(s, e).map(|a| a.tags.clone()))
            })
            .unwrap_or_default()
    });
    // One button per tag of the article, built-in or its own.
    let tag_buttons = move || {
        ws.vocabulary
            .get()
            .iter()
            .map(|info| tag_button(ws, info, on_selection))
            .collect_view()
    };
    let new_article = move |_| {
        ws.close();
        ws.status.info(
            "Paste another article. The previous one stays stored in this browser.".to_string(),
        );
        browser::focus("article-text");
    };
    view! {
        <div class="toolbar" role="toolbar" aria-label="Annotation tools">
            <div class="group">{tag_buttons}</div>
            <Transfer />
            <div class="group">
                <button on:click=new_article>"New article"</button>
            </div>
        </div>
    }
}

fn tag_button(ws: Workspace, info: &TagInfo, on_selection: Memo<Vec<Tag>>) -> impl IntoView {
    let tag = info.tag();
    // Pressed when the selection's annotation carries the tag.
    let pressed = {
        let tag = tag.clone();
        move || on_selection.with(|tags| tags.contains(&tag)).to_string()
    };
    let class = if info.built_in {
        format!("tag-button t-{}", info.name)
    } else {
        "tag-button t-custom".to_string()
    };
    let colour = (!info.built_in).then(|| info.colour.clone());
    let key = info.key.map(String::from);
    let shortcut = key.clone();
    let title = match info.key {
        Some(k) => format!("{} the selected sentences (key {k})", info.label),
        None => format!("{} the selected sentences", info.label),
    };
    view! {
        <button
            class=class
            style:--tag=colour
            aria-pressed=pressed
            aria-keyshortcuts=shortcut
            title=title
            on:click=move |_| ws.toggle(&tag)
        >
            <span class="glyph" aria-hidden="true">{info.glyph.clone()}</span>
            {info.label.clone()}
            {key.map(|k| view! { <kbd aria-hidden="true">{k}</kbd> })}
        </button>
    }
}
