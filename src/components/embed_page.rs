//! A calculator or a chart on its own, for a frame in another site's page
//! (`embed/c1/`, prerendered, or `?embed=c1` on the article's address): its title, controls,
//! chart and source, and a link to the whole explainer; no site chrome. The inputs use the
//! same keys in the address as on the full page.

use crate::components::article_view::widget;
use crate::components::c1_chart::C1Chart;
use crate::components::c2_chart::C2Chart;
use crate::components::c3_charts::{C3CapexChart, C3Projections, C3ShareChart};
use crate::components::c4_chart::C4Chart;
use crate::components::c5_chart::C5Chart;
use crate::components::c6_bitcoin::C6BitcoinChart;
use crate::hooks::{address_of, use_address_sync, use_locale, use_selector};
use content::Ui;
use yew::prelude::*;

/// Whether the page is an embed view; cards read it to stay open and drop what a frame
/// does not need.
#[derive(Clone, Copy, PartialEq, Default)]
pub struct Embedded(pub bool);

/// The views that can be embedded.
pub const VIEWS: [&str; 18] = [
    "c1",
    "c2",
    "c3",
    "c4",
    "c5",
    "c6",
    "c6-bitcoin",
    "c6-mit",
    "c6-models",
    "c1-chart",
    "c2-chart",
    "c3-chart",
    "c3-share-chart",
    "c3-proj-chart",
    "c4-chart",
    "c5-chart",
    "c6-bitcoin-chart",
    "c6-models-chart",
];

fn view(id: &str) -> Html {
    match id {
        "c6" => html! { <>{ widget("c6-bitcoin") }{ widget("c6-mit") }{ widget("c6-models") }</> },
        "c1-chart" => html! { <C1Chart /> },
        "c2-chart" => html! { <C2Chart /> },
        "c3-chart" => html! { <C3CapexChart /> },
        "c3-share-chart" => html! { <C3ShareChart /> },
        "c3-proj-chart" => html! { <C3Projections /> },
        "c4-chart" => html! { <C4Chart /> },
        "c5-chart" => html! { <C5Chart /> },
        "c6-bitcoin-chart" => html! { <C6BitcoinChart /> },
        "c6-models-chart" => widget("c6-models"),
        other => widget(other),
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedPageProps {
    pub id: AttrValue,
}

/// What names a view: its first calculator's question, or its chart's title.
pub const HEADING: &str = ".calc-question, .chart-title";

/// The document's title for a view: its heading, then the site's title.
pub fn title(heading: Option<&str>, site: &str) -> String {
    match heading.map(str::trim).filter(|h| !h.is_empty()) {
        Some(h) => format!("{h} | {site}"),
        None => site.to_string(),
    }
}

#[function_component(EmbedPage)]
pub fn embed_page(props: &EmbedPageProps) -> Html {
    use_address_sync();
    let loc = use_locale();
    let ui = Ui::get(loc);
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect_with(loc, move |loc| {
            let document = gloo::utils::document();
            if let Some(html) = document.document_element() {
                let _ = html.set_attribute("lang", loc.code());
                let _ = html.set_attribute("class", "embed");
            }
            let heading = root.cast::<web_sys::Element>().and_then(|e| e.query_selector(HEADING).ok().flatten());
            document.set_title(&title(heading.and_then(|h| h.text_content()).as_deref(), Ui::get(*loc).page_title));
        });
    }
    html! {
        <ContextProvider<Embedded> context={Embedded(true)}>
            <div class="embed-view" ref={root} lang={loc.code()}>
                <p class="app-note" role="status" hidden=true>{ ui.embed_app_failed }</p>
                { view(&props.id) }
                <FullLink label={ui.embed_full} />
            </div>
        </ContextProvider<Embedded>>
    }
}

#[derive(Properties, PartialEq)]
struct FullLinkProps {
    label: AttrValue,
}

/// The link to the whole explainer: it carries the reader's scenario, without the frame's own
/// parameters. Rendered at build time, it is the article's page in the view's language.
#[function_component(FullLink)]
fn full_link(props: &FullLinkProps) -> Html {
    let state = use_selector(|s| s.clone());
    let href = if cfg!(target_arch = "wasm32") {
        full_page(&address_of(&state))
    } else {
        model::url::page_path("/", state.locale)
    };
    html! {
        <p class="embed-link"><a {href} target="_blank" rel="noopener">{ props.label.clone() }{ " →" }</a></p>
    }
}

/// The whole explainer's address for an embed's: without the view's own path
/// (`embed/<view>/`), `embed` and the parameters pym.js adds.
pub fn full_page(url: &str) -> String {
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    // `…/embed/<view>/`, `…/embed/<view>` or `…/embed/<view>/index.html`: the page is `…/`.
    // (Prefixes and suffixes only: a search for a text pattern would link the standard
    // library's two-way string search.)
    let path = base.strip_suffix("index.html").unwrap_or(base);
    let path = path.strip_suffix('/').unwrap_or(path);
    let base = match path.rsplit_once('/') {
        Some((dir, view)) if VIEWS.contains(&view) && dir.ends_with("/embed") => &dir[..dir.len() - "embed".len()],
        _ => base,
    };
    let frame = ["embed", "childId", "initialWidth", "parentTitle", "parentUrl"];
    let kept: Vec<&str> =
        query.split('&').filter(|p| !p.is_empty() && !frame.contains(&p.split('=').next().unwrap_or(""))).collect();
    if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_full_link_drops_frame_parameters() {
        assert_eq!(
            full_page("https://x.org/?embed=c1&cap=7&childId=a&initialWidth=600&lang=en"),
            "https://x.org/?cap=7&lang=en"
        );
        assert_eq!(full_page("https://x.org/?embed=c1"), "https://x.org/");
    }

    #[test]
    fn a_views_title_is_its_heading_then_the_sites() {
        assert_eq!(title(Some(" Wie viel? "), "KI-Wettlauf"), "Wie viel? | KI-Wettlauf");
        assert_eq!(title(Some(""), "KI-Wettlauf"), "KI-Wettlauf");
        assert_eq!(title(None, "KI-Wettlauf"), "KI-Wettlauf");
    }

    #[test]
    fn the_full_link_leaves_the_views_path() {
        assert_eq!(full_page("https://x.org/embed/c1/?cap=7&childId=a"), "https://x.org/?cap=7");
        assert_eq!(full_page("https://x.org/a/embed/c6-models-chart/index.html"), "https://x.org/a/");
        assert_eq!(full_page("https://x.org/embed/c1"), "https://x.org/");
        // Not a view: a site whose own path has `embed` in it.
        assert_eq!(full_page("https://x.org/embed/news/"), "https://x.org/embed/news/");
    }
}
