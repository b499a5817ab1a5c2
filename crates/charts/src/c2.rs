//! C2: Shiller's CAPE, January values 1881-2026, with the usual 10-20 band, the 1999 peak and
//! today marked; the reader's "what if CAPE returns to X" as a line in the accent colour.

use crate::axes::{draw_axes, reader_line, LineLabel, Margins, Plot, Ticks};
use crate::theme::Theme;
use crate::ticks::ticks;
use crate::DrawResult;
use model::format::{trimmed, Locale};
use model::range::within;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::rc::Rc;

/// Everything but the reader's target line.
#[derive(Clone, Debug, PartialEq)]
pub struct CapeBase {
    /// (fractional year, CAPE)
    pub series: Vec<(f64, f64)>,
    /// The peak and today, (fractional year, CAPE), with their labels ("Dez. 1999: 44,2").
    pub peak: (f64, f64, String),
    pub today: (f64, f64, String),
    /// Label of the 10-20 band.
    pub band: String,
    /// Label of the reader's line ("Ihr Szenario").
    pub target: String,
    pub x_title: String,
    pub y_title: String,
    /// What a point says, with `{x}` (the month) and `{y}` (the CAPE).
    pub readout: String,
    pub locale: Locale,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CapeChart {
    pub base: Rc<CapeBase>,
    /// The CAPE the reader lets the market return to.
    pub target: f64,
}

const MARGINS: Margins = Margins { left: 44.0, right: 14.0, top: 14.0, bottom: 44.0 };
const Y_MAX: f64 = 50.0;

fn plot(size: (u32, u32), scale: f64) -> Plot {
    Plot::new(size, MARGINS, scale, (1880.0, 2030.0), (0.0, Y_MAX))
}

pub fn draw_base<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &CapeChart,
    theme: &Theme,
    scale: f64,
) -> DrawResult<DB> {
    let b = &*chart.base;
    root.fill(&theme.background)?;
    let plot = plot(root.dim_in_pixel(), scale);
    // The usual range, behind everything.
    root.draw(&Rectangle::new(
        [(plot.left as i32, plot.py(20.0)), (plot.right(), plot.py(10.0))],
        theme.band.filled(),
    ))?;
    // A year label every 20 years where there is room, every 40 on a phone.
    let step = if plot.width / scale >= 420.0 { 20.0 } else { 40.0 };
    let x_ticks: Ticks = ticks(1880.0, 2030.0, step).into_iter().map(|v| (v, model::decimal::fixed(v, 0))).collect();
    let y_ticks: Ticks = ticks(0.0, Y_MAX, 10.0).into_iter().map(|v| (v, trimmed(v, 0, b.locale))).collect();
    draw_axes(root, &plot, theme, &x_ticks, &y_ticks, &b.x_title, &b.y_title)?;
    let small = plot.font(theme, crate::text::SMALL, &theme.text);

    let line = ShapeStyle::from(&theme.line).stroke_width(plot.len(1.5).max(1) as u32);
    root.draw(&PathElement::new(b.series.iter().map(|(t, v)| (plot.px(*t), plot.py(*v))).collect::<Vec<_>>(), line))?;
    // The band's label inside it at the bottom left, over the series (its halo keeps it legible
    // where the series dips into the band).
    root.draw(&Text::new(
        b.band.as_str(),
        (plot.left as i32 + plot.len(6.0), plot.py(10.0) - plot.len(3.0)),
        small.clone().pos(Pos::new(HPos::Left, VPos::Bottom)),
    ))?;
    for (t, v, label) in [&b.peak, &b.today] {
        let (x, y) = (plot.px(*t), plot.py(*v));
        root.draw(&Circle::new((x, y), plot.len(4.0), theme.line.filled()))?;
        let style = small.clone().pos(Pos::new(HPos::Right, VPos::Bottom));
        root.draw(&Text::new(label.as_str(), (x - plot.len(6.0), y - plot.len(4.0)), style))?;
    }
    Ok(())
}

/// The reader's target as a horizontal line with its label.
pub fn draw_marker<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &CapeChart,
    theme: &Theme,
    scale: f64,
) -> DrawResult<DB> {
    let plot = plot(root.dim_in_pixel(), scale);
    let text = format!("{}: {}", chart.base.target, trimmed(chart.target, 1, chart.base.locale));
    let at = target_label_place(&plot, chart, &text, scale);
    reader_line(root, &plot, theme, chart.target, text, at)?;
    Ok(())
}

/// Where the target's label goes: at the right, above its line; where that would run into the
/// band's label at the left (a narrow chart, a target just above 10), just above or below that label,
/// whichever is nearer the line and inside the plot. Text widths are estimated (`crate::text`).
fn target_label_place(plot: &Plot, chart: &CapeChart, text: &str, scale: f64) -> LineLabel {
    let em = |px: f64, text: &str| crate::text::clear_width(text, px * scale);
    let (line, gap) = (1.25 * scale, 2.0 * scale);
    let band_bottom = plot.py(10.0) as f64 - 3.0 * scale;
    let band = (plot.left + 6.0 * scale + em(12.0, &chart.base.band), band_bottom - 12.0 * line, band_bottom);
    let left = plot.right() as f64 - 4.0 * scale - em(13.0, text);
    let y = plot.py(within(chart.target, plot.y.0, plot.y.1)) as f64;
    let height = 13.0 * line;
    let (top, bottom) = (y - 3.0 * scale - height, y - 3.0 * scale);
    if left >= band.0 || top >= band.2 || bottom <= band.1 {
        return LineLabel::RightAbove;
    }
    let lifted = band.1 - gap; // the label's bottom, above the band's label
    let lowered = band.2 + gap; // the label's top, below it
    let fits_above = lifted - height >= plot.top;
    if fits_above && (y - lifted).abs() <= (lowered - y).abs() || lowered + height > plot.top + plot.height {
        LineLabel::RightBottomAt(lifted.round() as i32)
    } else {
        LineLabel::RightTopAt(lowered.round() as i32)
    }
}

/// A readout per value of the series; the peak and today carry their month.
pub fn readouts(chart: &CapeChart, size: (u32, u32)) -> Vec<crate::Readout> {
    let b = &*chart.base;
    let plot = plot(size, 1.0);
    b.series
        .iter()
        .map(|(t, v)| {
            let when = [&b.peak, &b.today]
                .iter()
                .find(|p| p.0 == *t)
                .and_then(|p| p.2.split(':').next().map(str::to_string))
                .unwrap_or_else(|| model::decimal::fixed(t.floor(), 0));
            let text = crate::readout_text(&b.readout, &when, &trimmed(*v, 2, b.locale));
            crate::Readout { x: plot.px(*t) as f64, y: plot.py(*v) as f64, text }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Chart;

    fn chart(target: f64) -> Chart {
        Chart::C2Cape(CapeChart {
            base: Rc::new(CapeBase {
                series: vec![(1881.0, 18.5), (1929.0, 27.0), (1999.0, 40.6), (2026.0, 39.6)],
                peak: (1999.92, 44.2, "Dez. 1999: 44,2".into()),
                today: (2025.83, 39.15, "Nov. 2025: 39,15".into()),
                band: "übliche Spanne 10–20".into(),
                target: "Ihr Szenario".into(),
                x_title: "Jahr".into(),
                y_title: "CAPE".into(),
                readout: "{x}: CAPE {y}".into(),
                locale: Locale::De,
            }),
            target,
        })
    }

    #[test]
    fn c2_cape_chart_has_band_peak_today_and_target() {
        let out = crate::svg(&chart(17.7), (640, 300), 1.0);
        for t in [
            "Dez. 1999: 44,2",
            "Nov. 2025: 39,15",
            "übliche Spanne 10–20",
            "Ihr Szenario: 17,7",
            "1880",
            "2020",
            "CAPE",
            "#D55E00",
        ] {
            assert!(out.contains(t), "missing {t}");
        }
        assert!(!out.contains("1.880"), "years are not grouped");
        let narrow = crate::svg(&chart(17.7), (300, 260), 1.0);
        assert!(
            narrow.contains(">1920</text>") && !narrow.contains(">1900</text>"),
            "fewer year labels on a phone: {narrow}"
        );
        assert_ne!(out, crate::svg(&chart(30.0), (640, 300), 1.0));
    }

    /// The vertical extent (top, bottom) of a text in the picture, its height estimated as
    /// 1.25 times its size.
    fn extent(picture: &crate::picture::Picture, starts: &str) -> (f64, f64) {
        use crate::picture::{Down, Shape};
        picture
            .shapes
            .iter()
            .find_map(|s| match s {
                Shape::Text { text, at, size, down, .. } if text.starts_with(starts) => {
                    let h = size * 1.25;
                    let y = at.1 as f64;
                    Some(match down {
                        Down::Top => (y, y + h),
                        Down::Middle => (y - h / 2.0, y + h / 2.0),
                        Down::Bottom => (y - h, y),
                    })
                }
                _ => None,
            })
            .expect(starts)
    }

    fn apart(size: (u32, u32), target: f64) -> bool {
        let c = chart(target);
        let (band, label) = (
            extent(&c.base_picture(size, &crate::theme::LIGHT, 1.0), "übliche Spanne"),
            extent(&c.marker_picture(size, &crate::theme::LIGHT, 1.0), "Ihr Szenario"),
        );
        label.1 <= band.0 || label.0 >= band.1
    }

    #[test]
    fn c2_target_label_keeps_clear_of_the_band_label() {
        // On a phone the two labels share a row unless the target's moves; at every target
        // near the band's label, and on a wide chart, they stand apart.
        for t in [0.0, 8.0, 10.0, 11.0, 12.0, 13.0, 14.0, 17.7, 20.0] {
            assert!(apart((330, 260), t), "phone, target {t}");
        }
        assert!(apart((330, 220), 17.7), "a short phone chart");
    }

    #[test]
    fn c2_readouts_name_the_year_or_the_month() {
        let r = chart(17.7).readouts(640.0, 300.0);
        assert_eq!(r.len(), 4);
        assert_eq!(r[0].text, "1881: CAPE 18,5");
        let Chart::C2Cape(c) = chart(17.7) else { unreachable!() };
        let with_peak =
            CapeChart { base: Rc::new(CapeBase { series: vec![(1999.92, 44.2)], ..(*c.base).clone() }), target: 1.0 };
        assert_eq!(Chart::C2Cape(with_peak).readouts(640.0, 300.0)[0].text, "Dez. 1999: CAPE 44,2");
    }

    #[test]
    fn c2_target_out_of_range_stays_on_the_chart() {
        let out = crate::svg(&chart(1e9), (640, 300), 1.0);
        assert!(!out.contains("NaN") && !out.contains("inf"));
    }
}
