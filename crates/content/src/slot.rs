// Shared by the library and its build script (`#[path]`), so that the data files and the code
// agree on one list of live slots.

/// A figure in the article's prose that a calculator computes.
// Named by calculator (every slot so far is C1's); more calculators' slots would join them.
#[allow(clippy::enum_variant_names)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// C1: annual revenue needed ("650 Milliarden").
    C1Revenue,
    /// C1: target return ("10%").
    C1Return,
    /// C1: monthly payment per iPhone user ("35 Dollar").
    C1Iphone,
    /// C1: monthly payment per Netflix subscriber ("180 Dollar").
    C1Netflix,
}

impl Slot {
    pub const ALL: [Slot; 4] = [Slot::C1Revenue, Slot::C1Return, Slot::C1Iphone, Slot::C1Netflix];

    /// The key used in `content/article.toml`.
    pub fn key(self) -> &'static str {
        match self {
            Slot::C1Revenue => "c1.revenue",
            Slot::C1Return => "c1.return",
            Slot::C1Iphone => "c1.iphone",
            Slot::C1Netflix => "c1.netflix",
        }
    }

    pub fn from_key(key: &str) -> Option<Slot> {
        Slot::ALL.into_iter().find(|s| s.key() == key)
    }
}
