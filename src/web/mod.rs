//! The page: Leptos components and the localStorage layer, a thin shell over
//! [`crate::domain`]. Nothing here decides what a sentence or an annotation
//! is; it shows the domain's answers and forwards the person's actions.

mod app;
mod article;
mod browser;
mod editor;
mod help;
mod keyboard;
mod library;
mod overview;
mod panel;
mod state;
mod status;
mod storage;
mod suggestions;
mod tags;
mod theme;
mod toolbar;
mod transfer;

/// Mounts the app on the page's body.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
