//! The overview strip beside the article: where claims, quotes and warnings
//! fall along the whole text, in a fixed number of bands so a long article
//! costs no more to draw than a short one. A click jumps there.

use leptos::prelude::*;

use super::state::{tag_bits, use_workspace, TagBits};

/// How many bands the strip divides the text into.
const BANDS: usize = 120;

#[derive(Clone, PartialEq, Eq, Hash)]
struct Tick {
    band: usize,
    class: String,
    colour: Option<String>,
}

#[component]
pub fn OverviewStrip() -> impl IntoView {
    let ws = use_workspace();
    // For each band, which tags have an annotation starting in it.
    let bands = Memo::new(move |_| {
        ws.settled.track();
        let vocabulary = ws.vocabulary.get();
        ws.doc.with_untracked(|d| {
            let mut bands: Vec<TagBits> = vec![0; BANDS];
            let Some(d) = d.as_ref() else {
                return bands;
            };
            let len = d.offsets().char_len().max(1);
            for a in &d.annotations {
                let band = (a.start * BANDS / len).min(BANDS - 1);
                bands[band] |= tag_bits(&vocabulary, &a.tags);
            }
            bands
        })
    });
    // One tick per band and tag, keyed so that a change redraws only the
    // ticks it adds or removes.
    let ticks = Memo::new(move |_| {
        let vocabulary = ws.vocabulary.get();
        bands.with(|bands| {
            bands
                .iter()
                .enumerate()
                .filter(|(_, bits)| **bits != 0)
                .flat_map(|(band, bits)| {
                    vocabulary
                        .iter()
                        .filter(|info| bits & (1 << info.index) != 0)
                        .map(|info| Tick {
                            band,
                            class: if info.built_in {
                                format!("tick t-{}", info.name)
                            } else {
                                "tick t-custom".to_string()
                            },
                            // Custom tags share a thin tick under the built-ins' columns.
                            colour: (!info.built_in).then(|| info.colour.clone()),
                        })
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        })
    });
    let tick = |t: Tick| {
        let top = format!("{:.2}%", t.band as f64 * 100.0 / BANDS as f64);
        view! { <span class=t.class style:top=top style:background=t.colour></span> }
    };
    let jump = move |ev: leptos::ev::MouseEvent| {
        let Some(strip) = event_target::<web_sys::HtmlElement>(&ev)
            .closest(".overview")
            .ok()
            .flatten()
        else {
            return;
        };
        let rect = strip.get_bounding_client_rect();
        let fraction = ((f64::from(ev.client_y()) - rect.top()) / rect.height()).clamp(0.0, 1.0);
        let sentence = ws.doc.with_untracked(|d| {
            let d = d.as_ref()?;
            let offset = (fraction * d.offsets().char_len() as f64) as usize;
            d.sentence_at(offset).or(d.sentences.len().checked_sub(1))
        });
        if let Some(i) = sentence {
            ws.place_cursor(i, false);
            super::browser::flash(&super::state::sentence_dom_id(i));
        }
    };
    // Decorative for assistive technology: ] and [ reach every annotation.
    view! {
        <div class="overview" aria-hidden="true" title="Where the annotations are: click to jump" on:click=jump>
            <For each=move || ticks.get() key=|t| t.clone() children=tick />
        </div>
    }
}
