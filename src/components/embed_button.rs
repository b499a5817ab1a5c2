//! Shows the code that puts a calculator into another page: a responsive frame with a title,
//! and the small script that fits the frame's height to its content.

use crate::hooks::{use_locale, use_store};
use content::Ui;
use model::format::escape;
use model::{url, Locale};
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
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    // The frame's colours: light by default, as most pages around it are; dark for a dark
    // page; or as the reader's system sets them.
    let theme = use_state(|| FrameTheme::Light);
    // The code for the scenario as it is now, with the view's own inputs only (the others'
    // would reach the whole article through the view's link back).
    let make = {
        let (store, card, title, theme) = (store.clone(), props.card.clone(), props.title.clone(), theme.clone());
        move || {
            let origin = gloo::utils::window().location().origin().unwrap_or_default();
            let state = store.state();
            let calculator = card.split('-').next().unwrap_or_default();
            let own: Vec<_> = state.values().into_iter().filter(|(f, _)| f.calculator() == calculator).collect();
            let query = with_theme(&url::encode(&own, state.locale, state.locale), *theme);
            // The view as the reader sees it here (its card, or its chart's figure, without
            // this open panel), at its width on this page: the text column's or the narrower
            // margin column's, so the frame is rather too high than too low for a host's column.
            let document = gloo::utils::document();
            let view = document.get_element_by_id(&card).and_then(|e| e.closest(".calc, .chart").ok().flatten());
            let height = |e: Option<web_sys::Element>| e.map_or(0.0, |e| e.get_bounding_client_rect().height());
            let panel = document.get_element_by_id(&format!("{card}-embed-code")).and_then(|e| e.parent_element());
            let px = height(view) - height(panel);
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
    // for the reader's own copy keys, and the status says so.
    let copied = use_state(|| None::<bool>);
    let oncopy = {
        let (make, copied, id) = (make.clone(), copied.clone(), format!("{}-embed-code", props.card));
        Callback::from(move |_| {
            let (code, copied, id) = (make(), copied.clone(), id.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let navigator = gloo::utils::window().navigator();
                let ok = match js_sys::Reflect::get(&navigator, &"clipboard".into()) {
                    Ok(c) if !c.is_undefined() => {
                        let c: web_sys::Clipboard = wasm_bindgen::JsCast::unchecked_into(c);
                        wasm_bindgen_futures::JsFuture::from(c.write_text(&code)).await.is_ok()
                    }
                    _ => false,
                };
                if !ok {
                    if let Some(area) = gloo::utils::document().get_element_by_id(&id) {
                        let area: web_sys::HtmlTextAreaElement = wasm_bindgen::JsCast::unchecked_into(area);
                        let _ = area.focus();
                        area.select();
                    }
                }
                copied.set(Some(ok));
            });
        })
    };
    let id = format!("{}-embed-code", props.card);
    html! {
        <div class="embed-control">
            <button type="button" class="share-button" aria-expanded={open.to_string()} aria-controls={open.then(|| id.clone())} onclick={toggle}>{ props.label.clone().unwrap_or(AttrValue::Static(ui.embed)) }</button>
            if let Some(code) = code {
                <div class="embed-code">
                    <p>{ ui.embed_intro }</p>
                    <fieldset class="choice">
                        <legend>{ ui.embed_theme }</legend>
                        <div class="choice-options">
                            { for FrameTheme::ALL.iter().enumerate().map(|(i, t)| {
                                let option = format!("{}-theme-{i}", props.card);
                                let onchange = { let theme = theme.clone(); let t = *t; Callback::from(move |_| theme.set(t)) };
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
                    <textarea {id} readonly=true rows="5" value={code} {onfocus} />
                    <div class="embed-copy">
                        <button type="button" class="share-button" onclick={oncopy}>{ ui.embed_copy }</button>
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
