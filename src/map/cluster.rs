//! Grid clustering of markers, so thousands of pins stay legible and fast.
//!
//! Pins are projected once (world units). A query buckets the pins in view into square cells of
//! a grid fixed to the world at the view's whole zoom level, so the same pins cluster together
//! however the map is panned; a cell with one pin shows that pin. The approach is the grid
//! clustering of Leaflet.markercluster and supercluster, without their hierarchy.

use std::collections::HashMap;

use super::mercator::{from_world, to_world, world_size_px, LatLon, World};
use super::viewport::Viewport;

/// Side of a grid cell in CSS pixels. At 64 px, markers covered 58 % of the map at zoom 15 with
/// 5,000 pins (markercluster's radius of 80 px leaves 11 %), so the map was all markers; at
/// 128 px one marker stands for a cell four times as large and the map shows between them.
pub const CELL_PX: f64 = 128.0;

/// How many kinds of marker a cluster counts (Oase's beauty, place, dream).
pub const KINDS: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Item {
    world: World,
    kind: u8,
}

/// Pins ready for clustering, built once when the pins change.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    items: Vec<Item>,
}

/// What to draw for one cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Marker {
    /// A pin on its own: `index` into the list the index was built from.
    Single { index: usize },
    /// Several pins: drawn at their mean position, with how many of each kind.
    Cluster {
        count: usize,
        kinds: [usize; KINDS],
        center: LatLon,
        /// South-west and north-east corners of the pins' bounding box.
        bounds: (LatLon, LatLon),
    },
}

#[derive(Default)]
struct Cell {
    first: usize,
    count: usize,
    kinds: [usize; KINDS],
    sum_x: f64,
    sum_y: f64,
    min: (f64, f64),
    max: (f64, f64),
}

impl Index {
    /// Projects the pins; `kind` is below [`KINDS`] (larger values count as the last kind).
    pub fn new(pins: impl IntoIterator<Item = (LatLon, u8)>) -> Self {
        Self {
            items: pins
                .into_iter()
                .map(|(p, kind)| Item {
                    world: to_world(p),
                    kind: kind.min(KINDS as u8 - 1),
                })
                .collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Markers for the pins in view (and a cell's width around it, so markers slide in from
    /// the edge). Each pin is in exactly one marker.
    pub fn query(&self, view: &Viewport) -> Vec<Marker> {
        let grid_zoom = view.zoom.floor();
        let grid_size = world_size_px(grid_zoom) / CELL_PX;
        let size = world_size_px(view.zoom);
        let centre = to_world(view.center);
        let margin = CELL_PX * 2.0;
        let (half_w, half_h) = (view.width / 2.0 + margin, view.height / 2.0 + margin);
        // Whole cells only: a cell half inside the view would change its count (and so its
        // marker) with every step of a pan.
        let cell = |w: f64| (w * grid_size).floor() as i64;
        let (x0, x1) = (
            cell(centre.x - half_w / size),
            cell(centre.x + half_w / size),
        );
        let (y0, y1) = (
            cell(centre.y - half_h / size),
            cell(centre.y + half_h / size),
        );
        let mut cells: HashMap<(i64, i64), Cell> = HashMap::new();
        for (i, it) in self.items.iter().enumerate() {
            let key = (cell(it.world.x), cell(it.world.y));
            if key.0 < x0 || key.0 > x1 || key.1 < y0 || key.1 > y1 {
                continue;
            }
            let c = cells.entry(key).or_insert_with(|| Cell {
                first: i,
                min: (f64::MAX, f64::MAX),
                max: (f64::MIN, f64::MIN),
                ..Cell::default()
            });
            c.count += 1;
            c.kinds[usize::from(it.kind)] += 1;
            c.sum_x += it.world.x;
            c.sum_y += it.world.y;
            c.min = (c.min.0.min(it.world.x), c.min.1.min(it.world.y));
            c.max = (c.max.0.max(it.world.x), c.max.1.max(it.world.y));
        }
        let mut markers: Vec<(usize, Marker)> = cells
            .into_values()
            .map(|c| {
                let mean = World {
                    x: c.sum_x / c.count as f64,
                    y: c.sum_y / c.count as f64,
                };
                let marker = if c.count == 1 {
                    Marker::Single { index: c.first }
                } else {
                    Marker::Cluster {
                        count: c.count,
                        kinds: c.kinds,
                        center: from_world(mean),
                        bounds: (
                            from_world(World {
                                x: c.min.0,
                                y: c.max.1,
                            }),
                            from_world(World {
                                x: c.max.0,
                                y: c.min.1,
                            }),
                        ),
                    }
                };
                (c.first, marker)
            })
            .collect();
        // A stable order, so keyed lists do not reshuffle.
        markers.sort_by_key(|(first, _)| *first);
        markers.into_iter().map(|(_, m)| m).collect()
    }
}

/// The zoom at which a cluster's bounding box fills most of the view (at least one level deeper).
pub fn zoom_to_split(view: &Viewport, bounds: (LatLon, LatLon), max_zoom: f64) -> f64 {
    let (sw, ne) = (to_world(bounds.0), to_world(bounds.1));
    let w = (ne.x - sw.x).abs().max(1e-12);
    let h = (sw.y - ne.y).abs().max(1e-12);
    let fit = ((view.width * 0.6) / (w * 256.0))
        .log2()
        .min(((view.height * 0.6) / (h * 256.0)).log2());
    fit.max(view.zoom.floor() + 1.0).min(max_zoom)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(zoom: f64) -> Viewport {
        Viewport::new(LatLon::new(51.837, 5.887), zoom, 1024.0, 768.0)
    }

    /// A deterministic scatter of `n` pins around Hengstdal (a small LCG, no crate).
    fn scatter(n: usize) -> Vec<(LatLon, u8)> {
        let mut s: u64 = 42;
        let mut next = || {
            s = s
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (s >> 11) as f64 / (1u64 << 53) as f64
        };
        (0..n)
            .map(|i| {
                (
                    LatLon::new(
                        51.837 + (next() - 0.5) * 0.02,
                        5.887 + (next() - 0.5) * 0.03,
                    ),
                    (i % 3) as u8,
                )
            })
            .collect()
    }

    fn counted(markers: &[Marker]) -> usize {
        markers
            .iter()
            .map(|m| match m {
                Marker::Single { .. } => 1,
                Marker::Cluster { count, .. } => *count,
            })
            .sum()
    }

    #[test]
    fn every_pin_in_view_is_in_exactly_one_marker() {
        let pins = scatter(5000);
        let index = Index::new(pins.clone());
        let v = view(15.0);
        let markers = index.query(&v);
        assert_eq!(counted(&markers), 5000, "the scatter lies wholly in view");
        for m in &markers {
            if let Marker::Cluster { count, kinds, .. } = m {
                assert_eq!(kinds.iter().sum::<usize>(), *count);
                assert!(*count >= 2);
            }
        }
        let singles: Vec<usize> = markers
            .iter()
            .filter_map(|m| match m {
                Marker::Single { index, .. } => Some(*index),
                _ => None,
            })
            .collect();
        let mut unique = singles.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), singles.len());
    }

    #[test]
    fn far_apart_pins_stay_single_and_close_ones_merge() {
        let index = Index::new([
            (LatLon::new(51.837, 5.887), 0),
            (LatLon::new(51.8371, 5.8871), 1),
            (LatLon::new(51.84, 5.9), 2),
        ]);
        let markers = index.query(&view(14.0));
        assert_eq!(markers.len(), 2);
        assert!(matches!(
            markers[0],
            Marker::Cluster {
                count: 2,
                kinds: [1, 1, 0],
                ..
            }
        ));
        assert!(matches!(markers[1], Marker::Single { index: 2 }));
        // Close in: the two separate.
        let markers = index.query(&view(19.0));
        assert!(markers.iter().all(|m| matches!(m, Marker::Single { .. })));
    }

    #[test]
    fn clusters_are_stable_across_small_pans() {
        let index = Index::new(scatter(2000));
        let v = view(15.0);
        let groups = |v: &Viewport| {
            let mut g: Vec<(usize, [usize; 3])> = index
                .query(v)
                .into_iter()
                .filter_map(|m| match m {
                    Marker::Cluster { count, kinds, .. } => Some((count, kinds)),
                    _ => None,
                })
                .collect();
            g.sort_unstable();
            g
        };
        let a = groups(&v);
        let b = groups(&v.panned_by(13.0, -7.0));
        assert_eq!(a, b);
    }

    #[test]
    fn pins_out_of_view_are_left_out() {
        let index = Index::new([
            (LatLon::new(52.37, 4.89), 0),
            (LatLon::new(51.837, 5.887), 1),
        ]);
        let markers = index.query(&view(16.0));
        assert_eq!(markers, vec![Marker::Single { index: 1 }]);
    }

    #[test]
    fn splitting_zooms_in_at_least_one_level() {
        let v = view(14.0);
        let b = (LatLon::new(51.8369, 5.8869), LatLon::new(51.8371, 5.8871));
        let z = zoom_to_split(&v, b, 19.0);
        assert!((15.0..=19.0).contains(&z), "{z}");
        let wide = (LatLon::new(51.80, 5.80), LatLon::new(51.90, 5.95));
        assert_eq!(zoom_to_split(&v, wide, 19.0), 15.0);
    }
}
