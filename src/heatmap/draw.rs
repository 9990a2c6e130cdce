//! Drawing the planned rows with plotters' SVG backend.
//!
//! plotters-svg 0.3.7 writes only presentation attributes (`fill`,
//! `stroke`, `opacity`, `font-family`, `font-size`, `text-anchor`,
//! `transform`...), never a `style` attribute, and escapes `< > & " '` in
//! text and attribute values; the page's `style-src 'self'` is satisfied
//! as is. Text is never measured, so no font is needed (natively or in the
//! browser).

use plotters::backend::SVGBackend;
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, IntoDrawingArea};
use plotters::element::{Rectangle, Text};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontStyle, FontTransform, IntoFont, RGBColor, TextStyle};

use super::plan::{Planned, ellipsis, thousands, worst};
use super::{HeatCol, HeatRow, Heatmap};
use crate::engine::{Analysis, Status};

/// Side of a cell.
pub const CELL: i32 = 18;
/// Margin around the drawing.
const PAD: i32 = 8;
/// Height of the legend band.
const LEGEND_H: i32 = 28;
/// Width of the row labels.
const LABEL_W: i32 = 220;
/// Height of the rotated column labels.
const HEADER_H: i32 = 112;
/// Room for "+N more" right of the last column.
const MORE_W: i32 = 96;
/// Narrowest drawing (the legend fits).
const MIN_W: i32 = 560;
/// Column labels are cut to this many characters.
pub const COL_LABEL_CHARS: usize = 18;
/// Left of the first column.
pub const GRID_X: i32 = PAD + LABEL_W;
/// Top of the first row.
pub const GRID_Y: i32 = PAD + LEGEND_H + HEADER_H;

const FONT: &str = "sans-serif";
/// plotters writes `font-size` as size / 1.24: these come out as 11 and 12.
const LABEL_SIZE: f64 = 13.64;
const SYMBOL_SIZE: f64 = 14.88;
const INK: RGBColor = RGBColor(0x22, 0x22, 0x22);
const SYMBOL_INK: RGBColor = RGBColor(0, 0, 0);
const PAPER: RGBColor = RGBColor(0xFF, 0xFF, 0xFF);
const GROUP_BAND: RGBColor = RGBColor(0xEE, 0xEE, 0xEE);

/// Okabe-Ito colour of a status: bluish green, orange, vermillion.
pub fn colour(status: Status) -> RGBColor {
    match status {
        Status::Ok => RGBColor(0x00, 0x9E, 0x73),
        Status::Degraded => RGBColor(0xE6, 0x9F, 0x00),
        Status::Down => RGBColor(0xD5, 0x5E, 0x00),
    }
}

/// The symbol drawn in a cell of a status, so colour is not the only signal.
pub fn symbol(status: Status) -> &'static str {
    match status {
        Status::Ok => "✓",
        Status::Degraded => "!",
        Status::Down => "✗",
    }
}

fn style(size: f64, colour: &'static RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    (FONT, size).into_font().color(colour).pos(Pos::new(h, v))
}

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

fn cell(root: &Area, x: i32, y: i32, size: i32, status: Status, sym: &TextStyle) {
    let fill = colour(status).filled();
    let _ = root.draw(&Rectangle::new(
        [(x, y), (x + size - 1, y + size - 1)],
        fill,
    ));
    let centre = (x + size / 2, y + size / 2);
    let _ = root.draw(&Text::new(symbol(status), centre, sym));
}

fn legend(root: &Area, sym: &TextStyle, label: &TextStyle) {
    let y = PAD + 2;
    let statuses = [Status::Ok, Status::Degraded, Status::Down];
    for (i, status) in statuses.into_iter().enumerate() {
        let x = PAD + 96 * i as i32;
        cell(root, x, y, CELL, status, sym);
        let at = (x + CELL + 6, y + CELL / 2);
        let _ = root.draw(&Text::new(status.as_str(), at, label));
    }
    let caption = "rows: scenarios · columns: components";
    let _ = root.draw(&Text::new(caption, (PAD + 300, y + CELL / 2), label));
}

/// Draw `planned` rows over the first `cols` components.
pub(super) fn draw(analysis: &Analysis, planned: Vec<Planned>, cols: usize) -> Heatmap {
    let total = analysis.components.len();
    let more = total.saturating_sub(cols);
    let grid_w = CELL.saturating_mul(cols as i32);
    let mut width = GRID_X + grid_w + PAD;
    if more > 0 {
        width += MORE_W;
    }
    let width = width.max(MIN_W);
    let height = GRID_Y + CELL.saturating_mul(planned.len() as i32) + PAD;
    let mut svg = String::with_capacity(1024 + planned.len() * cols * 330);
    let mut rows = Vec::with_capacity(planned.len());
    let sym = style(SYMBOL_SIZE, &SYMBOL_INK, HPos::Center, VPos::Center);
    let label = style(LABEL_SIZE, &INK, HPos::Left, VPos::Center);
    let row_label = style(LABEL_SIZE, &INK, HPos::Right, VPos::Center);
    let group_label = (FONT, LABEL_SIZE, FontStyle::Bold)
        .into_font()
        .color(&INK)
        .pos(Pos::new(HPos::Right, VPos::Center));
    let col_label = label.transform(FontTransform::Rotate270);
    {
        let root =
            SVGBackend::with_string(&mut svg, (width as u32, height as u32)).into_drawing_area();
        let _ = root.fill(&PAPER);
        legend(&root, &sym, &label);
        for (c, id) in analysis.components.iter().take(cols).enumerate() {
            let at = (GRID_X + CELL * c as i32 + CELL / 2, GRID_Y - 4);
            let text = ellipsis(id, COL_LABEL_CHARS);
            let _ = root.draw(&Text::new(text, at, &col_label));
        }
        if more > 0 {
            let at = (GRID_X + grid_w + 6, GRID_Y - 10);
            let text = format!("+{} more", thousands(more));
            let _ = root.draw(&Text::new(text, at, &label));
        }
        for (r, p) in planned.into_iter().enumerate() {
            let y = GRID_Y + CELL * r as i32;
            if p.is_group {
                let band = [(PAD, y), (GRID_X - 1, y + CELL - 1)];
                let _ = root.draw(&Rectangle::new(band, GROUP_BAND.filled()));
            }
            let style = if p.is_group { &group_label } else { &row_label };
            let at = (GRID_X - 6, y + CELL / 2);
            let _ = root.draw(&Text::new(p.label.as_str(), at, style));
            let statuses = match p.scenarios.as_slice() {
                [one] => match analysis.scenarios.get(*one) {
                    Some(s) => (0..cols).map(|c| s.status_of(c)).collect(),
                    None => vec![Status::Down; cols],
                },
                many => worst(analysis, many, cols),
            };
            for (c, status) in statuses.into_iter().enumerate() {
                cell(&root, GRID_X + CELL * c as i32, y, CELL, status, &sym);
            }
            rows.push(HeatRow {
                label: p.label,
                group: p.group,
                scenarios: p.scenarios,
                top: f64::from(y),
                bottom: f64::from(y + CELL),
            });
        }
        let _ = root.present();
    }
    let cols = (0..cols)
        .map(|c| {
            let left = f64::from(GRID_X + CELL * c as i32);
            HeatCol {
                component: c,
                left,
                right: left + f64::from(CELL),
            }
        })
        .collect();
    Heatmap {
        svg,
        width: width as u32,
        height: height as u32,
        rows,
        cols,
    }
}
