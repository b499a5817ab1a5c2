//! The frame of every calculator: kicker, question, the button that opens and closes it on a
//! phone (showing its one-line result while closed), its body, and the reset button.

use crate::components::embed_button::EmbedButton;
use crate::components::embed_page::Embedded;
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
    let id = props.id.to_string();
    // Closed on phones (and, for some cards, everywhere) unless the address links to it.
    let collapsed = use_state(|| {
        let linked = crate::app::location_hash().as_deref() == Some(id.as_str());
        !embedded && !linked && (crate::app::is_phone() || !props.open_on_wide)
    });
    let toggle = {
        let collapsed = collapsed.clone();
        Callback::from(move |_| collapsed.set(!*collapsed))
    };
    let body_id = format!("{}-body", props.id);
    let question_id = format!("{}-question", props.id);
    html! {
        <aside id={props.id.clone()} class={classes!("calc", collapsed.then_some("collapsed"), (!props.open_on_wide && !embedded).then_some("compact"), embedded.then_some("embedded"))} aria-labelledby={question_id.clone()}>
            <p class="calc-kicker">{ props.kicker.clone() }</p>
            <h2 id={question_id} class="calc-question">{ props.question.clone() }</h2>
            <button type="button" class="calc-toggle" aria-expanded={(!*collapsed).to_string()} aria-controls={body_id.clone()} onclick={toggle}>
                if *collapsed {
                    <span class="calc-toggle-result">{ props.summary.clone() }</span>
                }
                <span class="calc-toggle-label">{ if *collapsed { ui.open_calculator } else { ui.close_calculator } }</span>
            </button>
            <div id={body_id} class="calc-body">
                { props.children.clone() }
                if let Some(onreset) = &props.onreset {
                    <div class="calc-actions">
                        <button type="button" class="reset" onclick={onreset.reform(|_| ())}>{ ui.reset }</button>
                        <ShareButton card={props.id.clone()} />
                        if !embedded {
                            <EmbedButton card={props.id.clone()} title={props.question.clone()} />
                        }
                    </div>
                }
            </div>
        </aside>
    }
}
