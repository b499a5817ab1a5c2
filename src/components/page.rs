//! The page inside the store: the toolbar (language, reset), the notice about the address,
//! the article. Keeps the address, the document's language and its title in step.

use crate::components::article_view::ArticleView;
use crate::components::toolbar::Toolbar;
use crate::hooks::{use_address_sync, use_locale, use_selector, use_store};
use crate::state::Action;
use content::{Ui, ARTICLE_DE, ARTICLE_EN};
use model::Locale;
use yew::prelude::*;

#[function_component(Page)]
pub fn page() -> Html {
    use_address_sync();
    let loc = use_locale();
    let notice = use_selector(|s| s.address_notice);
    let store = use_store();
    let ui = Ui::get(loc);
    use_effect_with(loc, |loc| {
        let doc = gloo::utils::document();
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", loc.code());
        }
        doc.set_title(Ui::get(*loc).page_title);
    });
    let dismiss = Callback::from(move |_| store.dispatch(Action::DismissNotice));
    let article = if loc == Locale::En { &ARTICLE_EN } else { &ARTICLE_DE };
    html! {
        <>
            // Shown by the style sheet where the app does not run (`hidden` for what reads the
            // page without its styles: reader views, which show no calculators either).
            <p class="app-note" role="status" hidden=true>{ ui.app_failed }</p>
            <Toolbar />
            if notice {
                <p class="address-notice" role="status">
                    { ui.address_notice }{ " " }
                    <button type="button" class="link-button" onclick={dismiss}>{ ui.dismiss }</button>
                </p>
            }
            <ArticleView {article} />
        </>
    }
}
