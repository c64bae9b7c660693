//! The sentence splitter compiled on its own for wasm32, with a C-style
//! interface for the benchmark page: no wasm-bindgen, so the page loads it
//! with `WebAssembly.instantiate` and nothing else.

#![allow(dead_code)] // The splitter's module docs link items this crate doesn't use.

use std::sync::Mutex;

#[path = "../../../src/domain/segment/mod.rs"]
mod segment;

#[path = "../../../benches/segment/corpus.rs"]
mod corpus;

/// The text under test, kept between calls so that timing covers `split`
/// only.
static TEXT: Mutex<String> = Mutex::new(String::new());

/// Makes the bench's news-like text of about `bytes` bytes the text under
/// test; returns its length.
#[no_mangle]
pub extern "C" fn use_news(bytes: usize) -> usize {
    let news = corpus::news_text(bytes);
    let text = corpus::prefix(&news, bytes).to_string();
    set(text)
}

/// Makes random bytes, read as lossy UTF-8, the text under test.
#[no_mangle]
pub extern "C" fn use_random(bytes: usize) -> usize {
    set(corpus::random_text(bytes))
}

/// Makes words without punctuation the text under test.
#[no_mangle]
pub extern "C" fn use_no_punctuation(bytes: usize) -> usize {
    set(corpus::no_punctuation_text(bytes))
}

/// Bytes the page writes before calling [`use_buffer`].
static BUFFER: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// Space for `len` bytes that the page fills with UTF-8 text.
#[no_mangle]
pub extern "C" fn buffer(len: usize) -> *mut u8 {
    let mut buf = BUFFER.lock().unwrap();
    *buf = vec![0; len];
    buf.as_mut_ptr()
}

/// Makes the bytes written into [`buffer`] the text under test; returns
/// their length, or `usize::MAX` if they are not UTF-8.
#[no_mangle]
pub extern "C" fn use_buffer() -> usize {
    let bytes = std::mem::take(&mut *BUFFER.lock().unwrap());
    match String::from_utf8(bytes) {
        Ok(text) => set(text),
        Err(_) => usize::MAX,
    }
}

/// Splits the text under test; returns the number of segments.
#[no_mangle]
pub extern "C" fn split() -> usize {
    let text = TEXT.lock().unwrap();
    segment::split(&text).len()
}

fn set(text: String) -> usize {
    let len = text.len();
    *TEXT.lock().unwrap() = text;
    len
}
