//! Keyboard-first annotation: one listener on the window maps keys to the
//! same actions the buttons perform. Keys typed into a text field stay there.
//! [`SHORTCUTS`] is the one list the help overlay shows.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::tag::Tag;

use super::browser;
use super::state::Workspace;

/// One line of the help overlay.
pub struct Shortcut {
    pub keys: &'static str,
    pub does: &'static str,
}

pub const SHORTCUTS: &[Shortcut] = &[
    Shortcut {
        keys: "↓ → j",
        does: "next sentence",
    },
    Shortcut {
        keys: "↑ ← k",
        does: "previous sentence",
    },
    Shortcut {
        keys: "Shift + ↓ ↑ → ← j k",
        does: "extend the selection",
    },
    Shortcut {
        keys: "} or Page Down",
        does: "next paragraph",
    },
    Shortcut {
        keys: "{ or Page Up",
        does: "previous paragraph",
    },
    Shortcut {
        keys: "Home / End",
        does: "first / last sentence",
    },
    Shortcut {
        keys: "] / [",
        does: "next / previous annotation",
    },
    Shortcut {
        keys: "Shift + C, Q, W",
        does: "next claim, quote, warning (Shift + a custom tag's key: next of it)",
    },
    Shortcut {
        keys: "c q w",
        does: "tag claim, quote, warning (again removes); a custom tag's key tags it",
    },
    Shortcut {
        keys: "n",
        does: "write a note on the selection's annotation",
    },
    Shortcut {
        keys: "Delete",
        does: "delete the selection's annotation",
    },
    Shortcut {
        keys: "u or Ctrl + Z",
        does: "undo",
    },
    Shortcut {
        keys: "Ctrl + Shift + Z or Ctrl + Y",
        does: "redo",
    },
    Shortcut {
        keys: "/",
        does: "filter the annotation list",
    },
    Shortcut {
        keys: "?",
        does: "show these shortcuts",
    },
    Shortcut {
        keys: "Escape",
        does: "close what is open, back to the article",
    },
];

/// What a key press asks for, decided apart from the browser so the mapping
/// reads as a table.
#[derive(Debug, PartialEq, Eq)]
enum Action {
    Move(isize),
    Paragraph(isize),
    First,
    Last,
    NextAnnotation { tag: Option<String>, back: bool },
    Toggle(String),
    Accept,
    Reject,
    Note,
    Delete,
    Undo,
    Redo,
    Filter,
    Help,
    Escape,
}

/// The single-key shortcuts that are not tags: a custom tag may not take
/// one of these.
pub const RESERVED_KEYS: &[char] = &['j', 'k', 'n', 'a', 'x', 'u'];

/// The action for a key and whether it extends the selection; `tag_of` names
/// the tag (built-in or the article's own) a letter or digit toggles.
fn action_for(
    key: &str,
    shift: bool,
    ctrl: bool,
    tag_of: impl Fn(char) -> Option<String>,
) -> Option<(Action, bool)> {
    if ctrl {
        return match key {
            "z" | "Z" if shift => Some((Action::Redo, false)),
            "z" | "Z" => Some((Action::Undo, false)),
            "y" | "Y" => Some((Action::Redo, false)),
            _ => None,
        };
    }
    let action = match key {
        "ArrowDown" | "ArrowRight" | "j" | "J" => Action::Move(1),
        "ArrowUp" | "ArrowLeft" | "k" | "K" => Action::Move(-1),
        "PageDown" => Action::Paragraph(1),
        "PageUp" => Action::Paragraph(-1),
        // Braces need Shift on most layouts: it does not extend here.
        "}" => return Some((Action::Paragraph(1), false)),
        "{" => return Some((Action::Paragraph(-1), false)),
        "Home" => Action::First,
        "End" => Action::Last,
        "]" => Action::NextAnnotation {
            tag: None,
            back: false,
        },
        "[" => Action::NextAnnotation {
            tag: None,
            back: true,
        },
        "n" => Action::Note,
        "a" => Action::Accept,
        "x" => Action::Reject,
        "u" => Action::Undo,
        "Delete" | "Backspace" => Action::Delete,
        "/" => Action::Filter,
        "?" => Action::Help,
        "Escape" => Action::Escape,
        other => {
            let mut chars = other.chars();
            let (Some(c), None) = (chars.next(), chars.next()) else {
                return None;
            };
            if c.is_ascii_uppercase() {
                return Some((
                    Action::NextAnnotation {
                        tag: Some(tag_of(c.to_ascii_lowercase())?),
                        back: false,
                    },
                    false,
                ));
            }
            Action::Toggle(tag_of(c)?)
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
        let ctrl = ev.ctrl_key() || ev.meta_key();
        let tag_of = |c: char| {
            ws.doc
                .with_untracked(|d| d.as_ref().and_then(|d| d.tag_by_key(c)).map(|t| t.name))
        };
        let Some((action, extend)) = action_for(&ev.key(), ev.shift_key(), ctrl, tag_of) else {
            return;
        };
        if ws.help_open.get_untracked() {
            if matches!(action, Action::Escape | Action::Help) {
                ev.prevent_default();
                ws.help_open.set(false);
                browser::focus("article");
            }
            return;
        }
        if ws.doc.with_untracked(Option::is_none) {
            return;
        }
        ev.prevent_default();
        run(ws, action, extend);
    });
    // The listener lives as long as the page.
    std::mem::forget(handle);
}

fn run(ws: Workspace, action: Action, extend: bool) {
    match action {
        Action::Move(delta) => ws.move_cursor(delta, extend),
        Action::Paragraph(direction) => {
            let cursor = ws.cursor.get_untracked();
            let target = ws.doc.with_untracked(|d| {
                d.as_ref().map(|d| {
                    if direction > 0 {
                        d.next_paragraph(cursor)
                    } else {
                        d.previous_paragraph(cursor)
                    }
                })
            });
            if let Some(target) = target {
                ws.place_cursor(target, extend);
            }
        }
        Action::First => ws.place_cursor(0, extend),
        Action::Last => ws.place_cursor(usize::MAX, extend),
        Action::NextAnnotation { tag, back } => {
            ws.jump_to_annotation(tag.as_deref().map(Tag::new), back)
        }
        Action::Toggle(name) => ws.toggle(&Tag::new(&name)),
        Action::Accept => ws.accept(&ws.pending_on_selection()),
        Action::Reject => ws.reject(&ws.pending_on_selection()),
        Action::Note => match ws.selected_annotation() {
            Some(id) => ws.focus_note(&id),
            None => ws.status.info(
                "Tag the selection first (c, q or w), then press n to add a note.".to_string(),
            ),
        },
        Action::Delete => match ws.selected_annotation() {
            Some(id) => ws.remove(&id),
            None => ws
                .status
                .info("No annotation on the selection to delete.".to_string()),
        },
        Action::Undo => ws.undo(false),
        Action::Redo => ws.undo(true),
        Action::Filter => browser::focus("annotation-filter"),
        Action::Help => ws.help_open.set(true),
        Action::Escape => browser::focus("article"),
    }
}

fn typing_in_field(ev: &KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
}
