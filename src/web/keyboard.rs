//! Keyboard-first annotation: one listener on the window maps keys to the
//! same actions the buttons perform. Keys typed into a text field stay there.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::tag::{self, Tag};

use super::browser;
use super::state::Workspace;

/// What a key press asks for, decided apart from the browser so the mapping
/// reads as a table.
#[derive(Debug, PartialEq, Eq)]
enum Action {
    Move(isize),
    First,
    Last,
    Toggle(&'static str),
    Note,
    Delete,
    Undo,
    Redo,
}

fn action_for(key: &str, shift: bool, ctrl: bool) -> Option<(Action, bool)> {
    if ctrl {
        return match key {
            "z" | "Z" if shift => Some((Action::Redo, false)),
            "z" | "Z" => Some((Action::Undo, false)),
            "y" | "Y" => Some((Action::Redo, false)),
            _ => None,
        };
    }
    let action = match key {
        "u" => Action::Undo,
        "ArrowDown" | "ArrowRight" | "j" | "J" => Action::Move(1),
        "ArrowUp" | "ArrowLeft" | "k" | "K" => Action::Move(-1),
        "Home" => Action::First,
        "End" => Action::Last,
        "n" => Action::Note,
        "Delete" | "Backspace" => Action::Delete,
        other => {
            let mut chars = other.chars();
            let (Some(c), None) = (chars.next(), chars.next()) else {
                return None;
            };
            Action::Toggle(tag::by_key(c)?.name)
        }
    };
    Some((action, shift))
}

/// Installs the listener for the page's lifetime.
pub fn install(ws: Workspace) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
        if ev.alt_key() || typing_in_field(&ev) {
            return;
        }
        if ws.doc.with_untracked(Option::is_none) {
            return;
        }
        let ctrl = ev.ctrl_key() || ev.meta_key();
        let Some((action, extend)) = action_for(&ev.key(), ev.shift_key(), ctrl) else {
            return;
        };
        ev.prevent_default();
        match action {
            Action::Move(delta) => ws.move_cursor(delta, extend),
            Action::First => ws.place_cursor(0, extend),
            Action::Last => ws.place_cursor(usize::MAX, extend),
            Action::Toggle(name) => ws.toggle(&Tag::new(name)),
            Action::Note => match ws.selected_annotation() {
                Some(id) => browser::focus(&format!("note-{id}")),
                None => ws.status.info(
                    "Tag the selection first (c, q or w), then press n to add a note.".to_string(),
                ),
            },
            Action::Undo => ws.undo(false),
            Action::Redo => ws.undo(true),
            Action::Delete => {
                if let Some(id) = ws.selected_annotation() {
                    ws.remove(&id);
                }
            }
        }
    });
    // The listener lives as long as the page.
    std::mem::forget(handle);
}

fn typing_in_field(ev: &KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
}
