//! A calculator or a chart on its own, for a frame in another site's page
//! (`embed/c1/`, prerendered, or `?embed=c1` on the article's address): its title, controls,
//! chart and source, and a link to the whole explainer; no site chrome. The inputs use the
//! same keys in the address as on the full page.

use crate::components::article_view::widget;
use crate::components::c1_chart::C1Chart;
use crate::components::c2_chart::C2Chart;
use crate::components::c3_capex_chart::C3CapexChart;
use crate::components::c3_projections::C3Projections;
use crate::components::c3_share_chart::C3ShareChart;
use crate::components::c4_chart::C4Chart;
use crate::components::c5_chart::C5Chart;
use crate::components::c6_bitcoin_chart::C6BitcoinChart;
use crate::components::c6_models_chart::C6ModelsChart;
use crate::components::full_link::FullLink;
use crate::hooks::{use_address_sync, use_locale};
use content::Ui;
use yew::prelude::*;

/// Whether the page is an embed view (`.0`; cards read it to stay open and drop what a
/// frame does not need), and whether the view is a chart alone (`.1`: its marker shows a
/// scenario set by the address, not by the reader, who has no controls beside it, and its
/// labels say so without "your"). One context for both, one provider.
#[derive(Clone, Copy, PartialEq, Default)]
pub struct Embedded(pub bool, pub bool);

/// `article`'s text in the article and a calculator's view, `alone`'s in a chart's view alone
/// and in the prerendered pages: their charts (seen before the app and without it, and the
/// build's files of each chart) show the article's scenario, which no reader has chosen.
#[hook]
pub fn use_alone(article: &'static str, alone: &'static str) -> &'static str {
    if use_context::<Embedded>().unwrap_or_default().1 || crate::app::PRERENDERING {
        alone
    } else {
        article
    }
}

/// The `target` of a link to another site: in an embed, a new tab, so that the link does not
/// replace the view in the host's frame; in the article, the reader's choice.
#[hook]
pub fn use_external_target() -> Option<&'static str> {
    use_context::<Embedded>().unwrap_or_default().0.then_some("_blank")
}

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

/// Whether a chart (by its frame's id) is a view of its own, with an embed button under it.
/// The models card is its chart alone: the card's button serves.
pub fn chart_view(id: &str) -> bool {
    id.ends_with("-chart") && id != "c6-models-chart" && VIEWS.contains(&id)
}

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
        "c6-models-chart" => html! { <C6ModelsChart /> },
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
        <ContextProvider<Embedded> context={Embedded(true, props.id.ends_with("-chart"))}>
                <div class="embed-view" ref={root} lang={loc.code()}>
                    <p class="app-note" role="status" hidden=true>{ ui.embed_app_failed }</p>
                    { view(&props.id) }
                    <FullLink label={ui.embed_full} />
                </div>
        </ContextProvider<Embedded>>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_views_title_is_its_heading_then_the_sites() {
        assert_eq!(title(Some(" Wie viel? "), "KI-Wettlauf"), "Wie viel? | KI-Wettlauf");
        assert_eq!(title(Some(""), "KI-Wettlauf"), "KI-Wettlauf");
        assert_eq!(title(None, "KI-Wettlauf"), "KI-Wettlauf");
    }
}
