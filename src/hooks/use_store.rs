//! The page's state, shared through a context so that a change re-renders only the components
//! that read it (the calculators and the live figures), never the whole article.

use crate::state::{Action, State};
use model::{c1, Field, Locale};
use yew::prelude::*;

/// The state and its dispatcher.
pub type Store = UseReducerHandle<State>;

#[derive(Properties, PartialEq)]
pub struct StoreProviderProps {
    #[prop_or_default]
    pub children: Html,
}

/// What the prose's live figures depend on: the revenue inputs of C1 and the locale, but not
/// the payer slider, which is the calculator's own. A separate context, so that moving the
/// payer slider does not re-render the figures in the text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ProseInputs {
    pub c1: c1::Inputs,
    pub locale: Locale,
}

/// Owns the state; its children are rendered once and read the state with `use_store` or
/// `use_prose_inputs`.
#[function_component(StoreProvider)]
pub fn store_provider(props: &StoreProviderProps) -> Html {
    let store = use_reducer(State::default);
    let prose = ProseInputs { c1: c1::Inputs { payers_m: c1::PAYERS_M.default, ..store.c1 }, locale: store.locale };
    html! {
        <ContextProvider<Store> context={store}>
            <ContextProvider<ProseInputs> context={prose}>
                { props.children.clone() }
            </ContextProvider<ProseInputs>>
        </ContextProvider<Store>>
    }
}

#[hook]
pub fn use_store() -> Store {
    use_context::<Store>().expect("use_store inside StoreProvider")
}

#[hook]
pub fn use_prose_inputs() -> ProseInputs {
    use_context::<ProseInputs>().expect("use_prose_inputs inside StoreProvider")
}

/// What the C1 calculator needs: its inputs, the page's locale and stable callbacks.
pub struct C1Handle {
    pub inputs: c1::Inputs,
    pub locale: Locale,
    /// Sets one input (sanitised by the reducer).
    pub onset: Callback<(Field, f64)>,
    /// Back to the article's values.
    pub onreset: Callback<()>,
}

#[hook]
pub fn use_c1() -> C1Handle {
    let store = use_store();
    let onset = use_callback(store.dispatcher(), |(field, value), d| d.dispatch(Action::SetC1(field, value)));
    let onreset = use_callback(store.dispatcher(), |_, d| d.dispatch(Action::ResetC1));
    C1Handle { inputs: store.c1, locale: store.locale, onset, onreset }
}
