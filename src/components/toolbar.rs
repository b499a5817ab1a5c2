//! Above the article: the language switch and the reset of every calculator. Where the app
//! does not run (no JavaScript, no WebAssembly, a panic), both are hidden and a plain link to
//! the article's page in the other language stands in their place.

use crate::hooks::{use_locale, use_store};
use crate::state::Action;
use content::Ui;
use model::{url, Locale};
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
    let other = if loc == Locale::En { Locale::De } else { Locale::En };
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
            <a class="language-link" href={url::page_path("/", other)} lang={other.code()} hreflang={other.code()}>
                { if other == Locale::En { ui.language_en } else { ui.language_de } }
            </a>
        </nav>
    }
}
