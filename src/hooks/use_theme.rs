//! The charts' colours follow the page: dark when the reader's system prefers it or the
//! address asks for it (`?theme=dark`; `?theme=light` keeps them light), light when printing. Returns the theme and re-renders when the preference changes.

use charts::theme::{DARK, LIGHT};
use charts::Theme;
use gloo::events::EventListener;
use yew::prelude::*;

fn matches(query: &str) -> bool {
    gloo::utils::window().match_media(query).ok().flatten().is_some_and(|m| m.matches())
}

/// The colours the address asks for (`?theme=`, set on the root by the head's script), if any.
fn asked() -> Option<bool> {
    let root = gloo::utils::document().document_element()?;
    match root.get_attribute("data-theme")?.as_str() {
        "dark" => Some(true),
        "light" => Some(false),
        _ => None,
    }
}

fn current() -> &'static Theme {
    // At build time there is no reader: the prerendered charts are light.
    if cfg!(target_arch = "wasm32")
        && !matches("print")
        && asked().unwrap_or_else(|| matches("(prefers-color-scheme: dark)"))
    {
        &DARK
    } else {
        &LIGHT
    }
}

#[hook]
pub fn use_theme() -> &'static Theme {
    let theme = use_state_eq(current);
    {
        let theme = theme.clone();
        use_effect_with((), move |_| {
            let listeners: Vec<EventListener> = ["(prefers-color-scheme: dark)", "print"]
                .iter()
                .filter_map(|q| gloo::utils::window().match_media(q).ok().flatten())
                .map(|mq| {
                    let theme = theme.clone();
                    EventListener::new(&mq, "change", move |_| theme.set(current()))
                })
                .collect();
            move || drop(listeners)
        });
    }
    *theme
}
