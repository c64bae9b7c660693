//! The page: the editor until an article is annotated, then the toolbar, the
//! article and the annotation panel.

use leptos::prelude::*;

use super::article::ArticleView;
use super::browser;
use super::editor::Editor;
use super::help::HelpOverlay;
use super::keyboard;
use super::library::{self, LibraryView, SaveTrouble, StorageMeter};
use super::overview::OverviewStrip;
use super::panel::AnnotationPanel;
use super::state::Workspace;
use super::status::{Status, StatusLine};
use super::theme::ThemeToggle;
use super::toolbar::Toolbar;

#[component]
pub fn App() -> impl IntoView {
    let status = Status::new();
    let ws = Workspace::new(status);
    provide_context(ws);
    keyboard::install(ws);
    library::sync::install(ws);

    // What could not be read from storage, offered back as a download.
    let unreadable = RwSignal::new(None::<String>);
    let (notes, startup_error) = ws
        .store
        .try_update_value(|s| (std::mem::take(&mut s.notes), s.startup_error.take()))
        .unwrap_or_default();
    let loaded = ws.store.try_update_value(|s| s.load_current());
    match loaded {
        Some(Ok(Some(doc))) => {
            let title = doc.document.title.clone();
            ws.open(doc, false);
            status.info(format!("Restored \"{title}\" from this browser."));
        }
        Some(Err(problem)) => {
            status.error(problem.message);
            unreadable.set(Some(problem.raw));
        }
        _ => {}
    }
    if !notes.is_empty() {
        status.info(notes.join(" "));
    }
    if !ws.store.with_value(|s| s.available()) {
        status.error(
            "This browser blocks localStorage: work is kept only while the page is open. \
             Export it before closing."
                .to_string(),
        );
    }
    if let Some(e) = startup_error {
        status.error(e);
    }
    let download_unreadable = move |_| {
        if let Some(raw) = unreadable.get_untracked() {
            if let Err(e) = browser::download("unreadable-article.json", "application/json", &raw) {
                status.error(format!("Download failed: {e}."));
            }
        }
    };

    view! {
        <header class="masthead">
            <h1>"Marginalia"</h1>
            <p class="tagline">"Who said what, what is claimed, what is threatened."</p>
            <ThemeToggle storage_available=ws.store.with_value(|s| s.available()) />
        </header>
        <StatusLine status=status />
        <SaveTrouble />
        <Show when=move || unreadable.with(Option::is_some)>
            <button class="download-raw" on:click=download_unreadable>
                "Download the unreadable entry"
            </button>
        </Show>
        <HelpOverlay />
        <main>
            <Show
                when=move || ws.doc.with(Option::is_some)
                fallback=|| view! { <Editor /> <LibraryView /> }
            >
                <Toolbar />
                <p id="keys-hint" class="hint">
                    "Keys: ↑/↓ or j/k move, Shift extends, c claim, q quote, w warning (again removes), n note, u undo. "
                    <button class="link" on:click=move |_| ws.help_open.set(true)>"All shortcuts (?)"</button>
                </p>
                <p id="reading" class="visually-hidden" aria-live="polite">{move || ws.reading.get()}</p>
                <div class="workspace">
                    <ArticleView />
                    <OverviewStrip />
                    <AnnotationPanel />
                </div>
            </Show>
        </main>
        <StorageMeter />
    }
}
