//! The link under an embedded view to the whole explainer, with the reader's scenario.

use crate::components::embed_page::VIEWS;
use crate::hooks::{address_of, use_selector};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FullLinkProps {
    pub label: AttrValue,
}

/// The link to the whole explainer: it carries the reader's scenario, without the frame's own
/// parameters. Rendered at build time, it is the article's page in the view's language.
#[function_component(FullLink)]
pub fn full_link(props: &FullLinkProps) -> Html {
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
/// (`embed/<view>/`), `embed`, the frame's colours (`theme`: the host page's, not the
/// reader's) and the parameters pym.js adds.
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
    let frame = ["embed", "theme", "childId", "initialWidth", "parentTitle", "parentUrl"];
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
        assert_eq!(full_page("https://x.org/en/embed/c1/?cap=7&theme=light"), "https://x.org/en/?cap=7");
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
