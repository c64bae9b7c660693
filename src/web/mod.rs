//! The page (placeholder until the app lands).

pub fn start() {}
