//! The page's state and its reducer: every input of every calculator, always in range.

use model::{c1, Field, Locale};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct State {
    pub locale: Locale,
    pub c1: c1::Inputs,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// Set one input of C1; the value is sanitised (clamped, snapped, NaN -> article value).
    SetC1(Field, f64),
    /// Back to the article's values.
    ResetC1,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::SetC1(field, value) => State { c1: self.c1.with(field, value), ..(*self).clone() },
            Action::ResetC1 => State { c1: c1::Inputs::default(), ..(*self).clone() },
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(actions: &[Action]) -> Rc<State> {
        actions.iter().fold(Rc::new(State::default()), |s, a| s.reduce(*a))
    }

    #[test]
    fn set_sanitizes_and_reset_restores() {
        let s = run(&[Action::SetC1(Field::Payers, 301.0), Action::SetC1(Field::Capital, f64::INFINITY)]);
        assert_eq!(s.c1.payers_m, 301.0);
        assert_eq!(s.c1.capital_tn, 10.0);
        let s = s.reduce(Action::ResetC1);
        assert_eq!(s.c1, c1::Inputs::default());
    }
}
