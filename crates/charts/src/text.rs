//! Text widths, estimated from a text's characters. The charts never measure text: one
//! drawing must come out the same on a canvas, in an SVG file and in a test, whatever fonts
//! the reader's system has. Every chart places its labels, keys and ticks with these.

/// The size of the charts' small text (ticks, axis titles, keys, point labels), CSS pixels:
/// the size they are drawn at and estimated at.
pub const SMALL: f64 = 12.0;

/// A character's width as a share of the font size: a little above the average of the sans
/// faces the charts use, so that an estimate errs on the long side.
pub const CHAR_EM: f64 = 0.6;

/// A character's width, as a share of the font size, for a label that must keep clear of
/// another text (C2's line label beside its band's label on a phone): a margin wider.
pub const CLEAR_EM: f64 = 0.62;

/// A figure's width as a share of the font size: figures are wider than the average
/// character, and tick labels are mostly figures (7.7 px at 12 px).
pub const FIGURE_EM: f64 = 7.7 / 12.0;

/// The estimated width of `text` at `size` pixels (CSS or device, as `size` is).
pub fn width(text: &str, size: f64) -> f64 {
    chars(text) * CHAR_EM * size
}

/// The width `text` at `size` pixels may take at most, for keeping it clear of another text.
pub fn clear_width(text: &str, size: f64) -> f64 {
    chars(text) * CLEAR_EM * size
}

/// The estimated width of a label of figures (a tick's) at `size` pixels.
pub fn figures_width(text: &str, size: f64) -> f64 {
    chars(text) * FIGURE_EM * size
}

/// How many characters `text` has, as a width counts them.
pub fn chars(text: &str) -> f64 {
    text.chars().count() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_grow_with_the_characters_and_the_size() {
        assert_eq!(width("", 13.0), 0.0);
        assert!((width("abcde", 10.0) - 30.0).abs() < 1e-9);
        assert!(width("−21,3 %", 14.0) > width("−21,3", 14.0));
        assert!(width("ab", 14.0) > width("ab", 12.0));
        // Characters, not bytes: a minus sign and an umlaut are one each.
        assert_eq!(chars("−ä"), 2.0);
        // A tick's figures are estimated wider than average text.
        assert!((figures_width("2026", 12.0) - 4.0 * 7.7).abs() < 1e-9);
        assert!(figures_width("10", 12.0) > width("10", 12.0));
        assert!(clear_width("Ihr Szenario", 13.0) > width("Ihr Szenario", 13.0));
    }
}
