//! Above the article: the language switch and the reset of every calculator.

use crate::hooks::{use_locale, use_store};
use crate::state::Action;
use content::Ui;
use model::Locale;
use yew::prelude::*;

#[function_component(Toolbar)]
pub fn toolbar() -> Html {
    let loc = use_locale();
    let ui = Ui::get(loc);
    let store = use_store();
    let set = |to: Locale| {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::SetLocale(to)))
    };
    let reset = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::ResetAll))
    };
    html! {
        <nav class="toolbar" aria-label={ui.language}>
            <div class="language" role="group" aria-label={ui.language}>
                <button type="button" lang="de" aria-pressed={(loc == Locale::De).to_string()} onclick={set(Locale::De)}>{ ui.language_de }</button>
                <button type="button" lang="en" aria-pressed={(loc == Locale::En).to_string()} onclick={set(Locale::En)}>{ ui.language_en }</button>
            </div>
            <button type="button" class="reset-all" onclick={reset}>{ ui.reset_all }</button>
        </nav>
    }
}
