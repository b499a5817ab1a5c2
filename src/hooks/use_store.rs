//! The page's state in a small store with selectors. Components subscribe to the slice of the
//! state they show (`use_selector`), so a slider move re-renders only the components whose
//! slice changed: not the article, not the other calculators, not the unchanged inputs.
//! The provider itself never re-renders: the store's handle never changes.

use crate::state::{Action, State};
use content::MarkRef;
use model::{Field, Locale};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Called with the new state after every change.
pub type Listener = Rc<dyn Fn(&Rc<State>)>;

/// The state, its reducer and the components listening to it.
#[derive(Default)]
pub struct Store {
    state: RefCell<Rc<State>>,
    listeners: RefCell<Vec<(u64, Listener)>>,
    next_id: RefCell<u64>,
}

/// A shared handle on the store; equal handles are the same store.
#[derive(Clone, Default)]
pub struct StoreHandle(Rc<Store>);

impl PartialEq for StoreHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl StoreHandle {
    /// The current state.
    pub fn state(&self) -> Rc<State> {
        self.0.state.borrow().clone()
    }

    /// Applies an action; listeners hear of it only if the state changed.
    pub fn dispatch(&self, action: Action) {
        use yew::functional::Reducible;
        let old = self.state();
        let new = old.clone().reduce(action);
        if !Rc::ptr_eq(&old, &new) {
            *self.0.state.borrow_mut() = new.clone();
            let listeners: Vec<Listener> = self.0.listeners.borrow().iter().map(|(_, l)| l.clone()).collect();
            for l in listeners {
                l(&new);
            }
        }
        crate::perf::state_applied();
    }

    pub fn subscribe(&self, listener: Listener) -> u64 {
        let mut id = self.0.next_id.borrow_mut();
        *id += 1;
        self.0.listeners.borrow_mut().push((*id, listener));
        *id
    }

    pub fn unsubscribe(&self, id: u64) {
        self.0.listeners.borrow_mut().retain(|(i, _)| *i != id);
    }
}

#[derive(Properties, PartialEq)]
pub struct StoreProviderProps {
    /// The language the state starts in: the page's.
    #[prop_or_default]
    pub locale: Locale,
    #[prop_or_default]
    pub children: Html,
}

/// Makes the store available to its children; rendered once.
#[function_component(StoreProvider)]
pub fn store_provider(props: &StoreProviderProps) -> Html {
    let store = use_memo((), |_| {
        let store = StoreHandle::default();
        *store.0.state.borrow_mut() = Rc::new(State { locale: props.locale, ..State::default() });
        store
    });
    html! {
        <ContextProvider<StoreHandle> context={(*store).clone()}>
            { props.children.clone() }
        </ContextProvider<StoreHandle>>
    }
}

#[hook]
pub fn use_store() -> StoreHandle {
    use_context::<StoreHandle>().expect("use_store inside StoreProvider")
}

/// The slice `select` picks from the state; the component re-renders when, and only when,
/// that slice changes. `select` is fixed for the component's life (the first one is kept).
/// A thin generic shell around `use_state_if`, so that each selector adds only its closure
/// to the WebAssembly, not a copy of the hook.
#[hook]
pub fn use_selector<T, F>(select: F) -> T
where
    T: PartialEq + 'static,
    F: Fn(&State) -> T + Clone + 'static,
{
    let changed = {
        let select = select.clone();
        use_memo((), move |_| Rc::new(move |a: &State, b: &State| select(a) != select(b)) as Changed)
    };
    let state = use_state_if((*changed).clone());
    select(&state)
}

/// Says whether a component's slice differs between two states.
type Changed = Rc<dyn Fn(&State, &State) -> bool>;

/// The current state; re-renders the component when `changed(previous, new)` holds for a
/// new state. `changed` is fixed for the component's life.
#[hook]
fn use_state_if(changed: Changed) -> Rc<State> {
    let store = use_store();
    let update = use_force_update();
    let current = store.state();
    // The state this render shows, for the listener to compare against.
    let shown = use_mut_ref(|| current.clone());
    *shown.borrow_mut() = current.clone();
    use_effect_with(store, move |store| {
        let notify = {
            let shown = shown.clone();
            move |new: &Rc<State>| {
                let differs = changed(&shown.borrow(), new);
                *shown.borrow_mut() = new.clone();
                if differs {
                    crate::perf::render_scheduled();
                    update.force_update();
                }
            }
        };
        // Catch up with anything dispatched between the first render and now.
        notify(&store.state());
        let id = store.subscribe(Rc::new(notify));
        let store = store.clone();
        move || store.unsubscribe(id)
    });
    current
}

/// One input's value and the page's locale.
#[hook]
pub fn use_field(field: Field) -> (f64, Locale) {
    use_selector(move |s| (s.get(field), s.locale))
}

/// Stable callbacks that set a calculator's inputs and reset them.
pub struct InputCallbacks {
    /// Sets one input (sanitised by the reducer).
    pub onset: Callback<(Field, f64)>,
    /// Back to the article's values.
    pub onreset: Callback<()>,
}

/// Callbacks for the calculator `calc` (`"c1"` ... `"c6"`); they never change.
#[hook]
pub fn use_input_callbacks(calc: &'static str) -> InputCallbacks {
    let store = use_store();
    let onset = use_callback(store.clone(), |(field, value), s| s.dispatch(Action::Set(field, value)));
    let onreset = use_callback((store, calc), |_, (s, calc)| s.dispatch(Action::Reset(calc)));
    InputCallbacks { onset, onreset }
}

/// Opens and closes claim cards.
#[hook]
pub fn use_claim_callbacks() -> (Callback<MarkRef>, Callback<()>) {
    let store = use_store();
    let onopen = use_callback(store.clone(), |mark, s| s.dispatch(Action::OpenClaim(mark)));
    let onclose = use_callback(store, |_, s| s.dispatch(Action::CloseClaim));
    (onopen, onclose)
}

/// The page's locale.
#[hook]
pub fn use_locale() -> Locale {
    use_selector(|s| s.locale)
}
