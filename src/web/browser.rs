//! The few browser services the page needs beyond rendering: the clock, ids,
//! downloads, the clipboard and focus. Each returns an error message a person
//! can read instead of panicking when the browser refuses.

use wasm_bindgen::{JsCast, JsValue};

/// Now, as the JSON format writes timestamps.
pub fn now() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// A fresh annotation id: time plus randomness, so ids made in two tabs do
/// not collide when their work is merged.
pub fn new_id() -> String {
    let millis = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * f64::from(1u32 << 24)) as u32;
    format!("a-{millis:x}-{random:06x}")
}

fn describe(err: JsValue) -> String {
    err.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| err.as_string())
        .unwrap_or_else(|| "the browser refused".to_string())
}

/// Offers `contents` as a file download named `filename`.
pub fn download(filename: &str, mime: &str, contents: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(describe)?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    web_sys::Url::revoke_object_url(&url).map_err(describe)?;
    Ok(())
}

/// Puts `text` on the clipboard.
pub async fn copy_to_clipboard(text: &str) -> Result<(), String> {
    let clipboard = web_sys::window()
        .ok_or("no window")?
        .navigator()
        .clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(describe)
}

/// The text of a file the person chose.
pub async fn read_file(file: &web_sys::File) -> Result<String, String> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(describe)?;
    text.as_string()
        .ok_or_else(|| "the file is not text".to_string())
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// Whether the page has an element with `id`.
pub fn exists(id: &str) -> bool {
    element(id).is_some()
}

/// Moves keyboard focus to the element with `id`, if it exists.
pub fn focus(id: &str) {
    if let Some(el) = element(id) {
        let _ = el.focus();
    }
}

/// Briefly highlights the element with `id`, so the eye finds where a jump
/// landed. Removing the class first restarts the animation.
pub fn flash(id: &str) {
    if let Some(el) = element(id) {
        let classes = el.class_list();
        let _ = classes.remove_1("flash");
        let _ = el.offset_width();
        let _ = classes.add_1("flash");
    }
}

/// Scrolls the element with `id` just into view, without jumping further
/// than needed.
pub fn reveal(id: &str) {
    if let Some(el) = element(id) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Runs `f` once the browser is idle after the coming frame (at most
/// `within` later): work the person is not waiting for goes after the paint
/// and after input already queued.
pub fn when_idle(within: std::time::Duration, f: impl FnOnce() + 'static) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(within.as_millis() as u32);
    let scheduled = web_sys::window().is_some_and(|w| {
        w.request_idle_callback_with_options(callback.unchecked_ref(), &options)
            .is_ok()
    });
    if !scheduled {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(callback.unchecked_ref());
        }
    }
}
