//! The explainer's Yew app. `main.rs` starts it in the browser; with the `ssr` feature,
//! `bin/prerender.rs` renders it to HTML at build time, and the browser then takes that page
//! over (`takeover.rs`): the app renders the same page, part by part, and puts it in its place.

pub mod app;
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
mod canvas_paint;
mod chart_labels;
mod components;
mod download;
mod fields;
mod hooks;
mod panic;
mod perf;
mod state;
mod takeover;

/// Starts the app in `#app`: takes over the prerendered article where there is one, builds
/// an embed view afresh. The render starts in a task of its own, after the one that compiled
/// and started the WebAssembly: shorter tasks keep the page responsive to the reader.
pub fn start() {
    panic::install();
    gloo::timers::callback::Timeout::new(0, || {
        let root = gloo::utils::document().get_element_by_id("app").expect("index.html has #app");
        let prerendered = root.query_selector(".article").ok().flatten().is_some();
        if prerendered && app::query_param("embed").is_none() {
            takeover::start(root);
        } else {
            root.set_inner_html("");
            yew::Renderer::<app::App>::with_root(root).render();
        }
    })
    .forget();
}

/// The page as HTML, with the article's values, for the prerendered `index.html`.
#[cfg(feature = "ssr")]
pub async fn render_page() -> String {
    yew::LocalServerRenderer::<app::App>::new().hydratable(false).render().await
}
