//! The page's state and its reducer: every input of every calculator, always in range, and
//! the claim card that is open.

use content::MarkRef;
use model::url::Scenario;
use model::{c1, c2, c3, c4, c5, c6, Field, InputSet, Locale};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct State {
    pub locale: Locale,
    pub c1: c1::Inputs,
    pub c2: c2::Inputs,
    pub c3: c3::Inputs,
    pub c4: c4::Inputs,
    pub c5: c5::Inputs,
    pub c6: c6::Inputs,
    /// The claim card open in the text, and the mark that opened it.
    pub open_claim: Option<MarkRef>,
    /// The address held values that could not be used as they were (a quiet notice).
    pub address_notice: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// Set one input; the value is sanitised (clamped, snapped, NaN -> article value).
    Set(Field, f64),
    /// Back to the article's values, for one calculator (`"c1"` ... `"c6"`).
    Reset(&'static str),
    /// Open a claim's card from one of its marks (closing any other).
    OpenClaim(MarkRef),
    /// Close the open claim card.
    CloseClaim,
    /// Every calculator back to the article's values.
    ResetAll,
    /// Switch the page's language.
    SetLocale(Locale),
    /// Apply a scenario read from the address (values already sanitised).
    Load(&'static Scenario),
    /// Dismiss the notice about the address.
    DismissNotice,
}

impl State {
    /// Every input with its value, for the address.
    pub fn values(&self) -> Vec<(Field, f64)> {
        Field::ALL.iter().map(|f| (*f, self.get(*f))).collect()
    }

    /// The value of any input.
    pub fn get(&self, field: Field) -> f64 {
        match field.calculator() {
            "c1" => self.c1.get(field),
            "c2" => self.c2.get(field),
            "c3" => self.c3.get(field),
            "c4" => self.c4.get(field),
            "c5" => self.c5.get(field),
            _ => self.c6.get(field),
        }
    }
}

impl State {
    /// A copy with one input set (sanitised).
    fn reduce_set(mut self, field: Field, value: f64) -> State {
        match field.calculator() {
            "c1" => self.c1 = self.c1.with(field, value),
            "c2" => self.c2 = self.c2.with(field, value),
            "c3" => self.c3 = self.c3.with(field, value),
            "c4" => self.c4 = self.c4.with(field, value),
            "c5" => self.c5 = self.c5.with(field, value),
            _ => self.c6 = self.c6.with(field, value),
        }
        self
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Set(field, value) => next = next.reduce_set(field, value),
            Action::Reset(calc) => match calc {
                "c1" => next.c1 = Default::default(),
                "c2" => next.c2 = Default::default(),
                "c3" => next.c3 = Default::default(),
                "c4" => next.c4 = Default::default(),
                "c5" => next.c5 = Default::default(),
                "c6" => next.c6 = Default::default(),
                _ => {}
            },
            Action::OpenClaim(mark) => next.open_claim = Some(mark),
            Action::CloseClaim => next.open_claim = None,
            Action::ResetAll => {
                next = State { locale: next.locale, open_claim: next.open_claim, ..State::default() };
            }
            Action::SetLocale(loc) => next.locale = loc,
            Action::Load(scenario) => {
                for (field, value) in &scenario.values {
                    next = next.reduce_set(*field, *value);
                }
                if let Some(loc) = scenario.locale {
                    next.locale = loc;
                }
                next.address_notice = !scenario.notices.is_empty();
            }
            Action::DismissNotice => next.address_notice = false,
        }
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
        let s = run(&[Action::Set(Field::C1Payers, 301.0), Action::Set(Field::C1Capital, f64::INFINITY)]);
        assert_eq!(s.c1.payers_m, 301.0);
        assert_eq!(s.c1.capital_tn, 10.0);
        let s = s.reduce(Action::Reset("c1"));
        assert_eq!(s.c1, c1::Inputs::default());
    }

    #[test]
    fn every_field_reaches_its_calculator() {
        for f in Field::ALL {
            let r = f.range();
            let s = run(&[Action::Set(f, r.max)]);
            assert_eq!(s.get(f), r.max, "{f:?}");
            let s = s.reduce(Action::Reset(f.calculator()));
            assert_eq!(s.get(f), r.default, "{f:?}");
        }
    }

    #[test]
    fn an_address_loads_and_reset_all_restores() {
        let scenario: &'static Scenario = Box::leak(Box::new(model::url::decode("?cap=7.5&n=301&lang=en&mar=abc")));
        let s = run(&[Action::Load(scenario)]);
        assert_eq!((s.c1.capital_tn, s.c1.payers_m, s.c1.margin_pct), (7.5, 301.0, 100.0));
        assert_eq!(s.locale, Locale::En);
        assert!(s.address_notice);
        let s = s.reduce(Action::ResetAll);
        assert_eq!(s.c1, c1::Inputs::default());
        assert_eq!(s.locale, Locale::En, "the language stays");
        assert_eq!(model::url::encode(&s.values(), Locale::De, Locale::De), "");
    }

    #[test]
    fn one_claim_card_at_a_time() {
        let a = MarkRef { claim: "c2-cape-today", n: 0 };
        let b = MarkRef { claim: "c1", n: 2 };
        let s = run(&[Action::OpenClaim(a), Action::OpenClaim(b)]);
        assert_eq!(s.open_claim, Some(b));
        assert_eq!(s.reduce(Action::CloseClaim).open_claim, None);
    }
}
