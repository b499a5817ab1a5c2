//! After the article: every claim's card, in the order of the text. The cards that open from
//! the marks show the same; here they are all at once, for print, for readers without the
//! app, and for a look at the whole fact check.

use crate::components::claim_card::ClaimCard;
use crate::components::later::Later;
use crate::hooks::use_locale;
use content::{claims_in_text_order, Ui};
use yew::prelude::*;

/// Cards rendered in one task while the app takes over the page.
const GROUP: usize = 6;

#[function_component(ClaimList)]
pub fn claim_list() -> Html {
    let loc = use_locale();
    let ui = Ui::get(loc);
    let claims = claims_in_text_order();
    html! {
        <section class="claim-list" aria-labelledby="claims-title">
            <h2 id="claims-title">{ ui.claims_title }</h2>
            <p>{ ui.claims_intro }</p>
            { for claims.chunks(GROUP).map(|group| html! {
                <Later>
                    { for group.iter().map(|&claim| html! {
                        // Found by its heading, not listed as a landmark (22 of them would crowd
                        // the list a screen reader gives of the page's regions).
                        <section id={format!("claim-{}", claim.id)} class="claim-entry">
                            <h3 id={format!("claim-{}-title", claim.id)}>{ claim.title.get(loc) }</h3>
                            <ClaimCard {claim} locale={loc} />
                        </section>
                    }) }
                </Later>
            }) }
        </section>
    }
}
