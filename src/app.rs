//! The app: the store around the page. The article is rendered once per language; a change of
//! state re-renders only the calculators and the live figures that read it.

use crate::components::announcer::Announcer;
use crate::components::embed_page::{EmbedPage, VIEWS};
use crate::components::page::Page;
use crate::hooks::StoreProvider;
use model::Locale;
use yew::prelude::*;

/// Whether this build renders the prerendered pages (`bin/prerender.rs`). Their lists are
/// written disabled: without JavaScript a list could be changed and nothing follow; the page's
/// loader enables them at once (`BEFORE_THE_APP` in `xtask`), and the app renders its own.
pub const PRERENDERING: bool = cfg!(feature = "ssr");

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The view to show on its own (an embed), if any: named by a prerendered embed page
    /// (`embed/<view>/index.html`) or by `?embed=<view>` on the article's address.
    #[prop_or_default]
    pub embed: Option<AttrValue>,
    /// The page's language (`model::url::page_locale`): the state starts in it; `lang=` in
    /// the address may change it.
    #[prop_or_default]
    pub locale: Locale,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // A page built afresh (an embed named in the query) is ready after its first render and
    // scrolls to the calculator in the address (`#c1`); a page taken over is ready when it is swapped in
    // (`takeover.rs`), where the reader's scroll position, focus and open sections carry over.
    use_effect_with((), |_| {
        if crate::takeover::deferring() {
            crate::takeover::rendered();
            return;
        }
        ready();
        if let Some(id) = location_hash() {
            if let Some(el) = gloo::utils::document().get_element_by_id(&id) {
                el.scroll_into_view();
            }
        }
    });
    // An embed shows one calculator or chart for a frame in another site's page.
    let embed = props.embed.clone().filter(|v| VIEWS.contains(&v.as_str()));
    html! {
        <StoreProvider locale={props.locale}>
            if let Some(id) = embed {
                <EmbedPage id={id} />
            } else {
                <Page />
            }
            <Announcer />
        </StoreProvider>
    }
}

/// Says that the app runs and shows its own page (`html[data-app="ready"]`), for scripts and
/// tests that wait for it.
pub fn ready() {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.set_attribute("data-app", "ready");
    }
}

/// Whether the page is marked with `class` on its root element (`app-failed`, `app-panicked`:
/// `panic.rs` and the loader).
pub fn page_marked(class: &str) -> bool {
    gloo::utils::document().document_element().is_some_and(|html| html.class_list().contains(class))
}

/// The fragment of the page's address without `#`, if any.
pub fn location_hash() -> Option<String> {
    let hash = gloo::utils::window().location().hash().ok()?;
    let id = hash.strip_prefix('#')?;
    (!id.is_empty()).then(|| id.to_string())
}

/// A parameter of the page's query, decoded (none when rendering at build time).
pub fn query_param(name: &str) -> Option<String> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let search = gloo::utils::window().location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name)
}
