//! Starts the explainer in the browser.

fn main() {
    explainer::start();
}
