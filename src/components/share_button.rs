//! Shares the page's current scenario: the system's share sheet where there is one, otherwise
//! the link is copied; if the clipboard is not available, the link is shown to copy by hand.

use crate::components::embed_page::Embedded;
use crate::components::full_link::full_page;
use crate::hooks::{address_of, use_locale, use_store};
use content::Ui;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareButtonProps {
    /// The calculator's card: its scenario sentence (`.sentence`) is the text that goes with
    /// the link, as the reader sees it when sharing.
    pub card: AttrValue,
}

#[function_component(ShareButton)]
pub fn share_button(props: &ShareButtonProps) -> Html {
    let ui = Ui::get(use_locale());
    let store = use_store();
    let embedded = use_context::<Embedded>().unwrap_or_default().0;
    // None: nothing done yet; Some(true): copied; Some(false): show the link to copy.
    let status = use_state(|| None::<(bool, String)>);
    let onclick = {
        let (status, card) = (status.clone(), props.card.to_string());
        Callback::from(move |_| {
            // In a frame: the whole article with the scenario, not the view's page with the
            // frame's own parameters (pym.js puts the host page's address among them).
            let url = if embedded { full_page(&address_of(&store.state())) } else { address_of(&store.state()) };
            let text = gloo::utils::document()
                .query_selector(&format!("#{card} .sentence"))
                .ok()
                .flatten()
                .and_then(|e| e.text_content())
                .unwrap_or_default();
            let navigator = gloo::utils::window().navigator();
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                // The share sheet of phones, where the browser has one.
                let data = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&data, &"text".into(), &text.into());
                let _ = js_sys::Reflect::set(&data, &"url".into(), &url.clone().into());
                let share = js_sys::Reflect::get(&navigator, &"share".into()).ok().filter(|f| f.is_function());
                if let Some(f) = share {
                    let f: js_sys::Function = f.unchecked_into();
                    if let Ok(p) = f.call1(&navigator, &data) {
                        if JsFuture::from(js_sys::Promise::from(p)).await.is_ok() {
                            return;
                        }
                    }
                }
                let copied = crate::clipboard::write(&url).await;
                status.set(Some((copied, url)));
            });
        })
    };
    html! {
        <div class="share">
            <button type="button" class="share-button" {onclick}>{ ui.share }</button>
            { match &*status {
                Some((true, _)) => html! { <span class="share-status" role="status">{ ui.share_copied }</span> },
                Some((false, url)) => html! {
                    <label class="share-fallback">{ ui.share_fallback }
                        <input type="text" readonly=true value={url.clone()} />
                    </label>
                },
                None => html! {},
            } }
        </div>
    }
}
