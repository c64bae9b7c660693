//! The page's entry point: Trunk builds this binary to wasm and the page runs it.

#[cfg(target_arch = "wasm32")]
fn main() {
    marginalia::web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the web app: build and serve it with `make serve`.");
    eprintln!("For the command line, run `cargo run --bin marginalia-cli -- --help`.");
    std::process::exit(2);
}
