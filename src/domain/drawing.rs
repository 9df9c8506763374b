//! A symbol drawn with a finger or mouse, turned into small SVG path data.
//!
//! Strokes arrive as points on a 100 × 100 box. Each stroke is simplified with the
//! Ramer–Douglas–Peucker algorithm (`geo`'s `Simplify`), coordinates are rounded to whole units,
//! and the tolerance grows until the path fits [`MAX_DRAWING`](super::pin::MAX_DRAWING) bytes.

use geo::{Coord, LineString, Simplify};

use super::pin::MAX_DRAWING;

/// Side of the drawing box in path units.
pub const BOX: f64 = 100.0;

/// One stroke: the points from finger down to finger up, in box units.
pub type Stroke = Vec<(f64, f64)>;

fn clamp(v: f64) -> f64 {
    if v.is_finite() {
        v.clamp(0.0, BOX)
    } else {
        0.0
    }
}

/// SVG path data for the strokes at a given simplification tolerance (box units).
fn path_at(strokes: &[Stroke], epsilon: f64) -> String {
    let mut d = String::new();
    for stroke in strokes.iter().filter(|s| !s.is_empty()) {
        let line: LineString<f64> = stroke
            .iter()
            .map(|&(x, y)| Coord {
                x: clamp(x),
                y: clamp(y),
            })
            .collect();
        // Short strokes need no simplifying (and `simplify` wants a real line).
        let simple = if line.0.len() < 3 {
            line
        } else {
            line.simplify(&epsilon)
        };
        let mut last: Option<(i64, i64)> = None;
        for (i, c) in simple.coords().enumerate() {
            let p = (c.x.round() as i64, c.y.round() as i64);
            if last == Some(p) {
                continue;
            }
            let cmd = if i == 0 { 'M' } else { 'L' };
            if !d.is_empty() {
                d.push(' ');
            }
            d.push_str(&format!("{cmd}{} {}", p.0, p.1));
            last = Some(p);
        }
        // A tap is a dot: a zero-length line draws one with round caps.
        if simple.coords().count() == 1 {
            if let Some((x, y)) = last {
                d.push_str(&format!(" L{x} {y}"));
            }
        }
    }
    d
}

/// Simplified path data of the drawing, at most [`MAX_DRAWING`] bytes; `None` when nothing
/// was drawn.
pub fn to_path(strokes: &[Stroke]) -> Option<String> {
    let mut epsilon = 0.6;
    loop {
        let d = path_at(strokes, epsilon);
        if d.is_empty() {
            return None;
        }
        if d.len() <= MAX_DRAWING {
            return Some(d);
        }
        epsilon *= 1.6;
        if epsilon > BOX {
            // Beyond all reason: keep only the first strokes that fit.
            let cut = d.get(..MAX_DRAWING).unwrap_or_default();
            let end = cut.rfind(['M', 'L']).unwrap_or(0);
            return Some(cut[..end].trim_end().to_owned()).filter(|s| !s.is_empty());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pin::is_path_data;

    fn circle(cx: f64, cy: f64, r: f64, n: usize) -> Stroke {
        (0..=n)
            .map(|i| {
                let a = i as f64 / n as f64 * std::f64::consts::TAU;
                (cx + r * a.cos(), cy + r * a.sin())
            })
            .collect()
    }

    /// Points of `d` as (x, y) pairs.
    fn points(d: &str) -> Vec<(f64, f64)> {
        d.split(['M', 'L'])
            .filter_map(|p| {
                let mut it = p.split_whitespace().filter_map(|n| n.parse::<f64>().ok());
                Some((it.next()?, it.next()?))
            })
            .collect()
    }

    #[test]
    fn a_sun_with_rays_keeps_its_shape_in_few_bytes() {
        let mut strokes = vec![circle(50.0, 50.0, 20.0, 400)];
        for k in 0..8 {
            let a = k as f64 / 8.0 * std::f64::consts::TAU;
            strokes.push(
                (0..50)
                    .map(|i| {
                        let r = 28.0 + i as f64 * 0.4;
                        (50.0 + r * a.cos(), 50.0 + r * a.sin())
                    })
                    .collect(),
            );
        }
        let d = to_path(&strokes).expect("a drawing");
        assert!(is_path_data(&d));
        assert!(d.len() < 1200, "{} bytes", d.len());
        assert_eq!(d.matches('M').count(), 9, "every stroke survives");
        // Every simplified point of the circle stays within 1.5 units of the real circle.
        let first_stroke = d.split(" M").next().unwrap_or_default();
        for (x, y) in points(first_stroke) {
            let r = (x - 50.0).hypot(y - 50.0);
            assert!((r - 20.0).abs() < 1.5, "point {x},{y} at radius {r}");
        }
    }

    #[test]
    fn a_scribble_of_any_length_fits_the_limit() {
        let mut s: u64 = 7;
        let mut rnd = || {
            s = s.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (s >> 33) as f64 / (1u64 << 31) as f64 * 100.0
        };
        let strokes: Vec<Stroke> = (0..60)
            .map(|_| (0..300).map(|_| (rnd(), rnd())).collect())
            .collect();
        let d = to_path(&strokes).expect("a drawing");
        assert!(d.len() <= MAX_DRAWING, "{} bytes", d.len());
        assert!(is_path_data(&d));
    }

    #[test]
    fn nothing_drawn_is_none_and_a_tap_is_a_dot() {
        assert_eq!(to_path(&[]), None);
        assert_eq!(to_path(&[vec![]]), None);
        assert_eq!(
            to_path(&[vec![(10.2, 20.7)]]).as_deref(),
            Some("M10 21 L10 21")
        );
    }

    #[test]
    fn points_outside_the_box_are_pulled_in() {
        let d = to_path(&[vec![(-5.0, 50.0), (150.0, 50.0)]]).expect("a line");
        assert_eq!(d, "M0 50 L100 50");
    }
}
