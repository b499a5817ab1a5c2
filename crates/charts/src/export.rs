//! A chart for download: its title above it and its source below, drawn by the same functions
//! as on the page; as an SVG document, or as a `Picture` to paint on a canvas (PNG).

use crate::picture::{Picture, Recorder};
use crate::theme::Theme;
use crate::{Chart, DrawResult};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Lines of at most `width` estimated characters.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Height of the title and source bands for a chart `width` CSS pixels wide, CSS pixels.
pub fn bands(title: &str, source: &str, width: f64) -> (f64, f64) {
    let t = wrap(title, (width / 9.8) as usize).len().max(1) as f64;
    let s = wrap(source, (width / 6.2) as usize).len().max(1) as f64;
    (12.0 + t * 20.0, 10.0 + s * 15.0)
}

/// Title, chart and source on one backend; `scale` is device pixels per CSS pixel.
pub fn draw_framed<DB: DrawingBackend>(
    backend: DB,
    chart: &Chart,
    title: &str,
    source: &str,
    theme: &Theme,
    scale: f64,
) -> DrawResult<DB> {
    let root = backend.into_drawing_area();
    root.fill(&theme.background)?;
    let (w, h) = root.dim_in_pixel();
    let css_w = w as f64 / scale;
    let (head, foot) = bands(title, source, css_w);
    let (head, foot) = ((head * scale) as u32, (foot * scale) as u32);
    let (top, rest) = root.split_vertically(head);
    let (middle, bottom) = rest.split_vertically(h.saturating_sub(head + foot));
    let s = |css: f64| (css * scale) as i32;
    let title_style = TextStyle::from((theme.family(), 15.0 * scale, FontStyle::Bold).into_font())
        .color(&theme.text)
        .pos(Pos::new(HPos::Left, VPos::Top));
    for (i, line) in wrap(title, (css_w / 9.8) as usize).iter().enumerate() {
        top.draw(&Text::new(line.as_str(), (s(10.0), s(8.0 + 20.0 * i as f64)), title_style.clone()))?;
    }
    chart.draw_base(&middle, theme, scale)?;
    chart.draw_marker(&middle, theme, scale)?;
    let source_style = TextStyle::from((theme.family(), 11.0 * scale).into_font())
        .color(&theme.text)
        .pos(Pos::new(HPos::Left, VPos::Top));
    for (i, line) in wrap(source, (css_w / 6.2) as usize).iter().enumerate() {
        bottom.draw(&Text::new(line.as_str(), (s(10.0), s(4.0 + 15.0 * i as f64)), source_style.clone()))?;
    }
    root.present()?;
    Ok(())
}

/// Title, chart and source recorded at `size` device pixels (`scale` per CSS pixel), for a
/// PNG (painted on a canvas) or an SVG.
pub fn framed(chart: &Chart, title: &str, source: &str, theme: &Theme, size: (u32, u32), scale: f64) -> Picture {
    let mut picture = Picture::new(size);
    let _ = draw_framed(Recorder(&mut picture), chart, title, source, theme, scale);
    picture
}

/// The chart as a standalone SVG document of `width` × `height` CSS pixels (including the
/// title and source bands).
pub fn svg(chart: &Chart, title: &str, source: &str, theme: &Theme, width: u32, height: u32) -> String {
    framed(chart, title, source, theme, (width, height), 1.0).to_svg(theme.font)
}

/// The chart alone as an SVG document of `width` × `height` pixels, for a page prerendered
/// before the canvas can draw.
pub fn svg_plain(chart: &Chart, theme: &Theme, width: u32, height: u32) -> String {
    chart.picture((width, height), theme, 1.0).to_svg(theme.font)
}

/// A chart's table as CSV: the title and the source as comment lines, then one line for each
/// row of cells (`csv_cell`). The browser's
/// download (from the table on the page) and the build's file (from the prerendered table)
/// both write it here.
pub fn csv(title: &str, source: &str, rows: &[Vec<String>]) -> String {
    let mut out = format!("# {}\n# {}\n", title.replace('\n', " "), source.replace('\n', " "));
    for row in rows {
        let fields: Vec<String> = row.iter().map(|c| csv_field(c)).collect();
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

/// A table cell for `csv`: its text, and the address of the link in it, if any, in brackets.
pub fn csv_cell(text: &str, link: Option<&str>) -> String {
    match link {
        Some(href) => format!("{text} ({href})"),
        None => text.to_string(),
    }
}

/// A CSV field: trimmed, non-breaking spaces as spaces, quoted where it holds a separator, a
/// quote or a line break.
fn csv_field(s: &str) -> String {
    let s = s.replace('\u{a0}', " ");
    let s = s.trim();
    if s.contains([',', '"', '\n', ';']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hbar::{Bar, Bars, Ink};
    use model::format::Locale;
    use std::rc::Rc;

    #[test]
    fn svg_download_has_title_chart_source_and_canvas_sized_text() {
        let chart = Chart::Bars(Rc::new(Bars {
            bars: vec![Bar { label: "USA".into(), parts: vec![(40.0, Ink::Series(0))], value: "40".into() }],
            max: 45.0,
            key: vec![],
            locale: Locale::De,
        }));
        let out = svg(
            &chart,
            "Bedeutende KI-Modelle 2024",
            "Quelle: Stanford HAI, AI Index Report 2025",
            &crate::theme::LIGHT,
            400,
            200,
        );
        assert!(out.starts_with("<svg") && out.trim_end().ends_with("</svg>"));
        for t in ["Bedeutende KI-Modelle 2024", "Quelle: Stanford HAI", "USA", "#0072B2"] {
            assert!(out.contains(t), "{t}");
        }
        // 15 px title, as on the canvas.
        let size: f64 = out.split("font-size=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
        assert!((size - 15.0).abs() < 0.01, "{size}");
    }

    #[test]
    fn csv_has_title_and_source_as_comments_and_quotes_where_needed() {
        let rows = vec![
            vec!["Gruppe".to_string(), "Zahlung pro Monat".to_string()],
            vec![" iPhone\u{a0}Nutzer ".to_string(), "34,72\u{a0}$".to_string()],
            vec!["Er sagte \"nein\"".to_string(), "1; 2".to_string()],
        ];
        assert_eq!(
            csv("Titel\nzwei", "Quelle: X", &rows),
            "# Titel zwei\n# Quelle: X\nGruppe,Zahlung pro Monat\niPhone Nutzer,\"34,72 $\"\n\"Er sagte \"\"nein\"\"\",\"1; 2\"\n"
        );
        assert_eq!(csv("T", "Q", &[]), "# T\n# Q\n");
        assert_eq!(csv_cell("Eurostat, 11.7.2024", Some("https://x.eu/a")), "Eurostat, 11.7.2024 (https://x.eu/a)");
        assert_eq!(csv_cell("Eurostat", None), "Eurostat");
    }

    #[test]
    fn long_text_wraps() {
        assert_eq!(wrap("a bb ccc dddd", 6), vec!["a bb", "ccc", "dddd"]);
        let (head, foot) = bands("x", &"word ".repeat(60), 300.0);
        assert!(head < foot);
    }
}
