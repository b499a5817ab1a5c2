//! The explainer's Yew app. `main.rs` starts it in the browser; with the `ssr` feature,
//! `bin/prerender.rs` renders it to HTML at build time, and the browser then takes that page
//! over (`takeover.rs`): the app renders the same page, part by part, and puts it in its place.

pub mod app;
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
mod canvas_paint;
mod chart_labels;
mod clipboard;
mod components;
mod download;
mod fields;
mod hooks;
mod layout_rule;
mod panic;
mod perf;
mod state;
mod takeover;

/// Starts the app in `#app`. A prerendered page is taken over: the article (`index.html`) or
/// one view on its own (`embed/<view>/index.html`, whose `#app` names the view in
/// `data-embed`). A view asked for with `?embed=<view>` on the article's address is built
/// afresh in place of the article. The render starts in a task of its own, after the one
/// that compiled and started the WebAssembly: shorter tasks keep the page responsive to the
/// reader.
pub fn start() {
    panic::install();
    gloo::timers::callback::Timeout::new(0, || {
        let root = gloo::utils::document().get_element_by_id("app").expect("index.html has #app");
        let prerendered = root.query_selector(".article, .embed-view").ok().flatten().is_some();
        let named = root.get_attribute("data-embed");
        let asked = app::query_param("embed");
        let path = gloo::utils::window().location().pathname().unwrap_or_default();
        let locale = model::url::page_locale(&path);
        match (prerendered, named, asked) {
            (true, Some(view), _) => takeover::start(root, app::AppProps { embed: Some(view.into()), locale }),
            (true, None, None) => takeover::start(root, app::AppProps { embed: None, locale }),
            (_, named, asked) => {
                root.set_inner_html("");
                takeover::app_shown();
                let props = app::AppProps { embed: named.or(asked).map(Into::into), locale };
                yew::Renderer::<app::App>::with_root_and_props(root, props).render();
            }
        }
    })
    .forget();
}

/// The page as HTML in a language, with the article's values, for the prerendered
/// `index.html` (German) and `en/index.html`.
#[cfg(feature = "ssr")]
pub async fn render_page(locale: model::Locale) -> String {
    let props = app::AppProps { embed: None, locale };
    yew::LocalServerRenderer::<app::App>::with_props(props).hydratable(false).render().await
}

/// One view on its own (an embed, `embed/<view>/index.html`, `en/embed/<view>/index.html`) as
/// HTML in a language, with the article's values.
#[cfg(feature = "ssr")]
pub async fn render_embed(view: &str, locale: model::Locale) -> String {
    let props = app::AppProps { embed: Some(view.to_string().into()), locale };
    yew::LocalServerRenderer::<app::App>::with_props(props).hydratable(false).render().await
}

/// The charts rendered since the last call, for their files (SVG, CSV) beside the page.
#[cfg(feature = "ssr")]
pub use components::chart_downloads::{files::take as take_chart_files, DIR as DOWNLOADS_DIR};

/// The views that can be embedded, each a page of its own; what names a view in its page
/// and the document's title made from it.
pub use components::embed_page::{title as embed_title, HEADING as EMBED_HEADING, VIEWS as EMBED_VIEWS};
