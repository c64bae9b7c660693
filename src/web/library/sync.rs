//! Keeping tabs in step and nothing pending when the tab goes away. The
//! `storage` event fires only in the other tabs of the origin; when it names
//! the open article, saving here merges the other tab's version by
//! annotation id (see `Store::save`). Every change is written at once, so
//! pagehide and visibilitychange only retry a write that failed.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::domain::migrate::keys;

use super::super::state::Workspace;

fn listen(
    target: &web_sys::EventTarget,
    event: &str,
    handler: impl FnMut(web_sys::Event) + 'static,
) {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    // The listeners live as long as the page.
    closure.forget();
}

pub fn install(ws: Workspace) {
    let Some(window) = web_sys::window() else {
        return;
    };
    listen(&window, "storage", move |ev| {
        let Some(ev) = ev.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        // No key: the other tab cleared storage; everything may have changed.
        let key = ev.key();
        if key
            .as_deref()
            .is_some_and(|k| !k.starts_with("marginalia/"))
        {
            return;
        }
        let open = ws
            .doc
            .with_untracked(|d| d.as_ref().map(|d| keys::doc(&d.document.id)));
        if open.is_some() && (key.is_none() || key == open) {
            ws.save();
        } else {
            ws.library_rev.update(|n| *n += 1);
        }
    });
    let flush = move |_| {
        if ws.unsaved.get_untracked() {
            ws.save();
        }
    };
    listen(&window, "pagehide", flush);
    if let Some(document) = window.document() {
        listen(&document, "visibilitychange", flush);
    }
}
