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
}

/// The snippet for a view of the explainer at `origin`, in a language, with the scenario's
/// query: the view's own page (`/embed/<view>/`, `/en/embed/<view>/`), prerendered.
pub fn snippet(origin: &str, view: &str, locale: Locale, query: &str, title: &str) -> String {
    let src = format!("{origin}{}{query}", url::page_path(&format!("/embed/{view}/"), locale));
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"700\" style=\"width:100%;border:0\" loading=\"lazy\"></iframe>\n<script src=\"{}/embed.js\" async></script>",
        escape(&src),
        escape(title),
        escape(origin)
    )
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
    // The code for the scenario as it is now, with the view's own inputs only (the others'
    // would reach the whole article through the view's link back).
    let make = {
        let (store, card, title) = (store.clone(), props.card.clone(), props.title.clone());
        move || {
            let origin = gloo::utils::window().location().origin().unwrap_or_default();
            let state = store.state();
            let calculator = card.split('-').next().unwrap_or_default();
            let own: Vec<_> = state.values().into_iter().filter(|(f, _)| f.calculator() == calculator).collect();
            let query = url::encode(&own, state.locale, state.locale);
            snippet(&origin, &card, state.locale, &query, &title)
        }
    };
    let code = (*open).then(&make);
    // Brought up to date and selected whenever the reader comes to copy it: the sliders may
    // have moved since it opened.
    let onfocus = Callback::from(move |e: FocusEvent| {
        let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        area.set_value(&make());
        area.select();
    });
    let id = format!("{}-embed-code", props.card);
    html! {
        <div class="embed-control">
            <button type="button" class="share-button" aria-expanded={open.to_string()} aria-controls={id.clone()} onclick={toggle}>{ ui.embed }</button>
            if let Some(code) = code {
                <div class="embed-code">
                    <p>{ ui.embed_intro }</p>
                    <label for={id.clone()}>{ ui.embed_code }</label>
                    <textarea {id} readonly=true rows="5" value={code} {onfocus} />
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
        let s = snippet("https://x.org", "c1", Locale::De, "?cap=7", "Wie viel \"müsste\" jeder zahlen?");
        assert!(s.contains("src=\"https://x.org/embed/c1/?cap=7\""));
        assert!(s.contains("title=\"Wie viel &quot;müsste&quot; jeder zahlen?\""));
        assert!(s.contains("width:100%") && s.contains("<script src=\"https://x.org/embed.js\" async></script>"));
        assert!(snippet("https://x.org", "c2", Locale::De, "", "t").contains("src=\"https://x.org/embed/c2/\""));
        let en = snippet("https://x.org", "c2", Locale::En, "?cap=7", "t");
        assert!(
            en.contains("src=\"https://x.org/en/embed/c2/?cap=7\"") && en.contains("src=\"https://x.org/embed.js\"")
        );
    }
}
