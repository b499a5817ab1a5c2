//! The frame of every calculator: kicker, question, the button that opens and closes it on a
//! phone (showing its one-line result while closed), its body, and the reset button.

use crate::components::embed_button::EmbedButton;
use crate::components::embed_page::Embedded;
use crate::components::later::Later;
use crate::components::share_button::ShareButton;
use crate::hooks::use_locale;
use content::Ui;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CalcCardProps {
    /// The card's id (`c1`, `c6-bitcoin`), also the address fragment that links to it.
    pub id: AttrValue,
    pub kicker: AttrValue,
    pub question: AttrValue,
    /// The one-line result shown on the closed card.
    pub summary: Html,
    /// Open on wide screens from the start (closed cards open with their button everywhere).
    #[prop_or(true)]
    pub open_on_wide: bool,
    /// Called by the reset button; none for cards without inputs.
    #[prop_or_default]
    pub onreset: Option<Callback<()>>,
    pub children: Html,
}

#[function_component(CalcCard)]
pub fn calc_card(props: &CalcCardProps) -> Html {
    let ui = Ui::get(use_locale());
    let embedded = use_context::<Embedded>().unwrap_or_default().0;
    // Open or closed by the reader; until then the page's CSS decides (closed on phones, and
    // for compact cards everywhere), so the prerendered page and the app agree.
    let opened = use_state(|| None::<bool>);
    let body = use_node_ref();
    let toggle_ref = use_node_ref();
    {
        // Opened where the address names it: at the start, and when a link in the page leads
        // to it (a claim card's "to the calculator"), which then gets the focus.
        let (opened, id, toggle_ref) = (opened.clone(), props.id.to_string(), toggle_ref.clone());
        use_effect_with((), move |_| {
            if crate::app::location_hash().as_deref() == Some(id.as_str()) {
                opened.set(Some(true));
            }
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                if crate::app::location_hash().as_deref() == Some(id.as_str()) {
                    opened.set(Some(true));
                    if let Some(t) = toggle_ref.cast::<web_sys::HtmlElement>() {
                        let _ = t.focus();
                    }
                }
            });
            move || drop(listener)
        });
    }
    let toggle = {
        let (opened, body) = (opened.clone(), body.clone());
        Callback::from(move |_| {
            let shown = (*opened)
                .unwrap_or_else(|| body.cast::<web_sys::HtmlElement>().is_some_and(|b| b.offset_parent().is_some()));
            opened.set(Some(!shown));
        })
    };
    let body_id = format!("{}-body", props.id);
    let question_id = format!("{}-question", props.id);
    let calculator = props.id.split('-').next().unwrap_or_default().to_string();
    let state = opened.map(|o| if o { "opened" } else { "closed" });
    let compact = (!props.open_on_wide && !embedded).then_some("compact");
    html! {
        <aside
            id={props.id.clone()}
            class={classes!("calc", compact, embedded.then_some("embedded"), state)}
            data-calculator={calculator}
            aria-labelledby={question_id.clone()}
        >
            <p class="calc-kicker">{ props.kicker.clone() }</p>
            <h2 id={question_id.clone()} class="calc-question">{ props.question.clone() }</h2>
            <button type="button" class="calc-toggle" ref={toggle_ref} aria-expanded={(*opened == Some(true)).to_string()} aria-controls={body_id.clone()} onclick={toggle}>
                <span class="calc-toggle-result">{ props.summary.clone() }</span>{ " " }
                // Both labels; the style sheet shows the one for the card's state, which the
                // prerendered page's loader can change before the app runs.
                <span class="calc-toggle-label calc-toggle-open">{ ui.open_calculator }</span>{ " " }
                <span class="calc-toggle-label calc-toggle-close">{ ui.close_calculator }</span>
            </button>
            <p class="calc-error" role="alert">{ ui.widget_error }</p>
            <div ref={body} id={body_id} class="calc-body">
                // Only a card with controls has controls that need the app.
                if props.onreset.is_some() {
                    <p class="needs-js">{ ui.needs_js }</p>
                }
                <Later>{ props.children.clone() }</Later>
                // A card without inputs (C6's MIT and models cards) has nothing to reset or
                // share, but embeds like the others.
                if props.onreset.is_some() || !embedded {
                    <div class="calc-actions">
                        if let Some(onreset) = &props.onreset {
                            <button type="button" class="reset" onclick={onreset.reform(|_| ())}>{ ui.reset }</button>
                            <ShareButton card={props.id.clone()} />
                        }
                        if !embedded {
                            <EmbedButton card={props.id.clone()} title={props.question.clone()} described_by={question_id.clone()} />
                        }
                    </div>
                }
            </div>
        </aside>
    }
}
