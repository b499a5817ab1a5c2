//! Shows the code that puts a calculator or a chart into another page: a responsive frame with a title,
//! and the small script that fits the frame's height to its content.

use crate::hooks::{use_locale, use_store};
use content::Ui;
use model::format::escape;
use model::{url, Field, Locale};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedButtonProps {
    /// The calculator's id, the embed view (`embed/c1/`).
    pub card: AttrValue,
    /// The frame's title, for screen readers in the host page.
    pub title: AttrValue,
    /// The button's text, where "Embed" alone would not say what (a chart in a card).
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// The id of the view's heading (its card's question, its chart's title): the button, the
    /// colours and the code say which view they are for, among several open at once.
    pub described_by: AttrValue,
}

/// Whether the code for `view` carries `field`'s value: its calculator's inputs, none for C6's
/// MIT and models views (C6's inputs are Bitcoin's dates).
pub fn carries(view: &str, field: Field) -> bool {
    !(view.starts_with("c6-mit") || view.starts_with("c6-models")) && view.split('-').next() == Some(field.calculator())
}

/// What the embedded view does not show of the view on the article's page, for its height:
/// the charts' embed buttons (with their code) and the card's open code.
const NOT_EMBEDDED: &str = ".chart .embed-control, .calc-actions .embed-code";

/// An element's height with its vertical margins, CSS pixels.
fn outer_height(e: &web_sys::Element) -> f64 {
    let margins = gloo::utils::window().get_computed_style(e).ok().flatten().map_or(0.0, |s| {
        let px = |p: &str| {
            s.get_property_value(p).ok().and_then(|v| model::decimal::parse(v.trim_end_matches("px"))).unwrap_or(0.0)
        };
        px("margin-top") + px("margin-bottom")
    });
    e.get_bounding_client_rect().height() + margins
}

/// The snippet for a view of the explainer at `origin`, in a language, with the scenario's
/// query: the view's own page (`/embed/<view>/`, `/en/embed/<view>/`), prerendered. `height`
/// (px) serves hosts that leave the script out; with it the frame takes its content's height.
pub fn snippet(origin: &str, view: &str, locale: Locale, query: &str, title: &str, height: u32) -> String {
    let src = format!("{origin}{}{query}", url::page_path(&format!("/embed/{view}/"), locale));
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" style=\"width:100%;border:0\" loading=\"lazy\"></iframe>\n<script src=\"{}/embed.js\" async></script>",
        escape(&src),
        escape(title),
        escape(origin)
    )
}

/// The frame's fixed height for a card `px` tall in the page: the card with the view's link
/// back below it, in whole tens, and never less than a short card's.
pub fn frame_height(px: f64) -> u32 {
    let px = if px.is_finite() { px.clamp(0.0, 10_000.0) } else { 0.0 };
    (((px + 80.0) / 10.0).ceil() * 10.0).max(400.0) as u32
}

/// The colours an embed's code asks for (`?theme=`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FrameTheme {
    Light,
    Dark,
    /// As the reader's system sets them (no parameter).
    Reader,
}

impl FrameTheme {
    const ALL: [FrameTheme; 3] = [FrameTheme::Light, FrameTheme::Dark, FrameTheme::Reader];

    fn label(self, ui: &Ui) -> &'static str {
        match self {
            FrameTheme::Light => ui.embed_theme_light,
            FrameTheme::Dark => ui.embed_theme_dark,
            FrameTheme::Reader => ui.embed_theme_reader,
        }
    }
}

/// A query (`""` or `?a=1...`) with the theme's parameter after the scenario's.
pub fn with_theme(query: &str, theme: FrameTheme) -> String {
    let value = match theme {
        FrameTheme::Light => "light",
        FrameTheme::Dark => "dark",
        FrameTheme::Reader => return query.to_string(),
    };
    format!("{query}{}theme={value}", if query.is_empty() { '?' } else { '&' })
}

#[function_component(EmbedButton)]
pub fn embed_button(props: &EmbedButtonProps) -> Html {
    let ui = Ui::get(use_locale());
    let store = use_store();
    let open = use_state(|| false);
    // The status of the last copy: None before one, or once the code may have changed.
    let copied = use_state(|| None::<bool>);
    let toggle = {
        let (open, copied) = (open.clone(), copied.clone());
        Callback::from(move |_| {
            open.set(!*open);
            copied.set(None);
        })
    };
    // The frame's colours: light by default, as most pages around it are; dark for a dark
    // page; or as the reader's device is set.
    let theme = use_state(|| FrameTheme::Light);
    // The code for the scenario as it is now, with the view's own inputs only (the others'
    // would reach the whole article through the view's link back).
    let make = {
        let (store, card, title, theme) = (store.clone(), props.card.clone(), props.title.clone(), theme.clone());
        move || {
            let origin = gloo::utils::window().location().origin().unwrap_or_default();
            let state = store.state();
            let own: Vec<_> = state.values().into_iter().filter(|(f, _)| carries(&card, *f)).collect();
            let query = with_theme(&url::encode(&own, state.locale, state.locale), *theme);
            // The view as the reader sees it here (its card, or its chart's figure, without
            // what the embedded view does not show), at its width on this page: the text
            // column's or the narrower margin column's, so the frame is rather too high than
            // too low for a host's column.
            let view = gloo::utils::document()
                .get_element_by_id(&card)
                .and_then(|e| e.closest(".calc, .chart").ok().flatten());
            let px = view.map_or(0.0, |view| {
                let left_out = view.query_selector_all(NOT_EMBEDDED).map_or(0.0, |list| {
                    (0..list.length())
                        .filter_map(|i| {
                            list.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
                        })
                        .map(|e| outer_height(&e))
                        .sum()
                });
                view.get_bounding_client_rect().height() - left_out
            });
            snippet(&origin, &card, state.locale, &query, &title, frame_height(px))
        }
    };
    let code = (*open).then(&make);
    // Brought up to date and selected whenever the reader comes to copy it: the sliders may
    // have moved since it opened.
    let onfocus = {
        let make = make.clone();
        Callback::from(move |e: FocusEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            area.set_value(&make());
            area.select();
        })
    };
    // Copied with a click where the clipboard may be written; otherwise the code is selected
    // for the reader's own copy keys, and the status says so. The code shown becomes the code
    // copied; the status is cleared first, so that a second copy is announced again.
    let oncopy = {
        let (make, copied, id) = (make.clone(), copied.clone(), format!("{}-embed-code", props.card));
        Callback::from(move |_| {
            let code = make();
            let area = gloo::utils::document()
                .get_element_by_id(&id)
                .map(wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlTextAreaElement>);
            if let Some(area) = &area {
                area.set_value(&code);
            }
            copied.set(None);
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = crate::clipboard::write(&code).await;
                if let (false, Some(area)) = (ok, area) {
                    let _ = area.focus();
                    area.select();
                }
                copied.set(Some(ok));
            });
        })
    };
    let id = format!("{}-embed-code", props.card);
    html! {
        <div class="embed-control">
            <button type="button" class="share-button" aria-expanded={open.to_string()} aria-controls={open.then(|| id.clone())} aria-describedby={props.described_by.clone()} onclick={toggle}>{ props.label.clone().unwrap_or(AttrValue::Static(ui.embed)) }</button>
            if let Some(code) = code {
                <div class="embed-code">
                    <p>{ if props.card.ends_with("-chart") { ui.embed_intro_chart } else { ui.embed_intro } }</p>
                    <fieldset class="choice" aria-describedby={props.described_by.clone()}>
                        <legend>{ ui.embed_theme }</legend>
                        <div class="choice-options">
                            { for FrameTheme::ALL.iter().enumerate().map(|(i, t)| {
                                let option = format!("{}-theme-{i}", props.card);
                                let onchange = {
                                    let (theme, copied, t) = (theme.clone(), copied.clone(), *t);
                                    Callback::from(move |_| { theme.set(t); copied.set(None); })
                                };
                                html! {
                                    <label class="choice-option" for={option.clone()}>
                                        <input type="radio" id={option} name={format!("{}-theme", props.card)} checked={*theme == *t} {onchange} />
                                        { t.label(ui) }
                                    </label>
                                }
                            }) }
                        </div>
                    </fieldset>
                    <label for={id.clone()}>{ ui.embed_code }</label>
                    <textarea {id} readonly=true rows="5" value={code} {onfocus} aria-describedby={props.described_by.clone()} />
                    <div class="embed-copy">
                        <button type="button" class="share-button" onclick={oncopy} aria-describedby={props.described_by.clone()}>{ ui.embed_copy }</button>
                        <span class="share-status" role="status">{ match *copied {
                            Some(true) => ui.embed_copied,
                            Some(false) => ui.embed_copy_manual,
                            None => "",
                        } }</span>
                    </div>
                </div>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_is_a_titled_responsive_frame_with_the_resize_script() {
        let s = snippet("https://x.org", "c1", Locale::De, "?cap=7", "Wie viel \"müsste\" jeder zahlen?", 1130);
        assert!(s.contains("src=\"https://x.org/embed/c1/?cap=7\""));
        assert!(s.contains("title=\"Wie viel &quot;müsste&quot; jeder zahlen?\""));
        assert!(s.contains("height=\"1130\""));
        assert!(s.contains("width:100%") && s.contains("<script src=\"https://x.org/embed.js\" async></script>"));
        assert!(snippet("https://x.org", "c2", Locale::De, "", "t", 700).contains("src=\"https://x.org/embed/c2/\""));
        let en = snippet("https://x.org", "c2", Locale::En, "?cap=7", "t", 700);
        assert!(
            en.contains("src=\"https://x.org/en/embed/c2/?cap=7\"") && en.contains("src=\"https://x.org/embed.js\"")
        );
    }

    #[test]
    fn a_views_code_carries_its_own_calculators_inputs() {
        assert!(carries("c1", Field::C1Capital) && carries("c1-chart", Field::C1Payers));
        assert!(!carries("c1", Field::C2CapeTarget) && !carries("c2-chart", Field::C1Capital));
        assert!(carries("c6-bitcoin", Field::C6From) && carries("c6-bitcoin-chart", Field::C6To));
        for view in ["c6-mit", "c6-models", "c6-models-chart"] {
            assert!(!carries(view, Field::C6From) && !carries(view, Field::C6To), "{view}");
        }
    }

    #[test]
    fn the_theme_follows_the_scenario_in_the_query() {
        assert_eq!(with_theme("", FrameTheme::Light), "?theme=light");
        assert_eq!(with_theme("?cap=7", FrameTheme::Dark), "?cap=7&theme=dark");
        assert_eq!(with_theme("?cap=7", FrameTheme::Reader), "?cap=7");
        assert_eq!(with_theme("", FrameTheme::Reader), "");
    }

    #[test]
    fn the_frames_height_is_the_cards_with_room_for_the_link_back() {
        assert_eq!(frame_height(1043.2), 1130);
        assert_eq!(frame_height(1050.0), 1130);
        assert_eq!(frame_height(100.0), 400);
        assert_eq!(frame_height(f64::NAN), 400);
        assert_eq!(frame_height(f64::INFINITY), 400);
        assert_eq!(frame_height(1e12), 10_080);
        assert_eq!(frame_height(-5.0), 400);
    }
}
