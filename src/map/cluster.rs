//! Hierarchical clustering of markers, so thousands of pins stay legible and cost little per
//! frame.
//!
//! The approach of supercluster (Agafonkin, mapbox/supercluster, and its blog post "Clustering
//! millions of points on a map with Supercluster"): pins are projected once; each whole zoom
//! level, from the deepest up, groups the markers of the level below that lie within
//! [`RADIUS_PX`] of one another at that zoom into one, placed at the mean of its pins. Each
//! level's markers are kept in a static k-d tree (the layout of kdbush: the array itself, sorted
//! around medians, alternating x and y), so a view asks its level for the markers in a box in
//! O(log n + k), and the clusters are the same however the map is panned. Building is
//! O(n log n) per level and happens once per change of the pins.

use std::sync::Arc;

use super::mercator::{from_world, to_world, world_size_px, LatLon, World};
use super::viewport::Viewport;

/// Markers closer than this (CSS pixels, at the level's zoom) merge. Leaflet.markercluster's
/// `maxClusterRadius` is 80 px, for icons of 40 px; Oase's are 48 px, and at 80 px its markers
/// covered 21 % of a 1024 × 768 map at zoom 15 with 5,000 pins (the test below), at 96 px 15 %
/// (64 px: 33 %, 128 px: 8 %).
pub const RADIUS_PX: f64 = 96.0;

/// The deepest level that clusters; deeper, every pin shows on its own. One above Oase's
/// deepest zoom (19, [`super::viewport::ZoomRange::DEFAULT`]), so every cluster can be opened.
pub const MAX_ZOOM: usize = 18;

/// How many kinds of marker a cluster counts (Oase's beauty, place, dream).
pub const KINDS: usize = 3;

/// Markers per leaf of the k-d tree: below this a linear scan beats descending further.
const LEAF: usize = 16;

/// At most this many pins are added to a built index ([`Index::grow`]), each on its own, before
/// the levels are built again: a pin saved costs a look at the places, not a new clustering
/// of all 20,000.
pub const LOOSE_MAX: usize = 32;

/// One marker of one level: a pin on its own, or a group of them.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Node {
    /// The mean of its pins, in world units.
    at: World,
    count: u32,
    kinds: [u32; KINDS],
    /// The lowest index among its pins: a single pin's index, and a stable order.
    first: u32,
    /// The pins' bounding box, world units (y grows southwards).
    min: World,
    max: World,
    /// The shallowest zoom at which its pins show as more than one marker (for a single pin,
    /// never: `u8::MAX`).
    splits_at: u8,
}

impl Node {
    fn pin(index: usize, at: World, kind: u8) -> Self {
        let mut kinds = [0; KINDS];
        kinds[usize::from(kind.min(KINDS as u8 - 1))] = 1;
        Self {
            at,
            count: 1,
            kinds,
            first: index as u32,
            min: at,
            max: at,
            splits_at: u8::MAX,
        }
    }

    /// Takes `other`'s pins in.
    fn absorb(&mut self, other: &Node) {
        let (a, b) = (f64::from(self.count), f64::from(other.count));
        self.at = World {
            x: (self.at.x * a + other.at.x * b) / (a + b),
            y: (self.at.y * a + other.at.y * b) / (a + b),
        };
        self.count += other.count;
        for (k, n) in self.kinds.iter_mut().zip(other.kinds) {
            *k += n;
        }
        self.first = self.first.min(other.first);
        self.min = World {
            x: self.min.x.min(other.min.x),
            y: self.min.y.min(other.min.y),
        };
        self.max = World {
            x: self.max.x.max(other.max.x),
            y: self.max.y.max(other.max.y),
        };
    }

    fn axis(&self, axis: usize) -> f64 {
        if axis == 0 {
            self.at.x
        } else {
            self.at.y
        }
    }
}

/// Sorts `nodes` into a k-d tree in place: the median by `axis` in the middle, each half sorted
/// the same way by the other axis.
fn sort_kd(nodes: &mut [Node], axis: usize) {
    if nodes.len() <= LEAF {
        return;
    }
    let mid = nodes.len() / 2;
    nodes.select_nth_unstable_by(mid, |a, b| a.axis(axis).total_cmp(&b.axis(axis)));
    let (left, right) = nodes.split_at_mut(mid);
    sort_kd(left, 1 - axis);
    sort_kd(&mut right[1..], 1 - axis);
}

/// Visits the indices of the nodes of a tree (see [`sort_kd`]) whose position may lie in the box
/// `lo..=hi` (world units) and passes those inside `keep` on to `found`.
/// `stack` is scratch space, kept by the caller across searches.
fn search(
    nodes: &[Node],
    lo: World,
    hi: World,
    keep: impl Fn(&Node) -> bool,
    mut found: impl FnMut(usize),
    stack: &mut Vec<(usize, usize, usize)>,
) {
    stack.clear();
    stack.push((0, nodes.len(), 0));
    while let Some((start, end, axis)) = stack.pop() {
        if end - start <= LEAF {
            (start..end)
                .filter(|&i| keep(&nodes[i]))
                .for_each(&mut found);
            continue;
        }
        let mid = start + (end - start) / 2;
        let node = &nodes[mid];
        if keep(node) {
            found(mid);
        }
        let (low, high) = if axis == 0 {
            (lo.x, hi.x)
        } else {
            (lo.y, hi.y)
        };
        let k = node.axis(axis);
        if low <= k {
            stack.push((start, mid, 1 - axis));
        }
        if high >= k {
            stack.push((mid + 1, end, 1 - axis));
        }
    }
}

fn in_box(n: &Node, lo: World, hi: World) -> bool {
    n.at.x >= lo.x && n.at.x <= hi.x && n.at.y >= lo.y && n.at.y <= hi.y
}

/// One level's markers from the level below (a k-d tree): each marker not yet taken gathers
/// the untaken ones within `radius` (world units) of it.
fn cluster(below: &[Node], radius: f64, zoom: usize) -> Vec<Node> {
    let mut taken = vec![false; below.len()];
    let mut out = Vec::with_capacity(below.len() / 2 + 1);
    let mut near = Vec::new();
    let mut stack = Vec::new();
    let r2 = radius * radius;
    for i in 0..below.len() {
        if taken[i] {
            continue;
        }
        taken[i] = true;
        let c = below[i].at;
        near.clear();
        search(
            below,
            World {
                x: c.x - radius,
                y: c.y - radius,
            },
            World {
                x: c.x + radius,
                y: c.y + radius,
            },
            |n| (n.at.x - c.x).powi(2) + (n.at.y - c.y).powi(2) <= r2,
            |j| near.push(j),
            &mut stack,
        );
        let mut node = below[i];
        let mut children = 1;
        for &j in &near {
            if !taken[j] {
                taken[j] = true;
                node.absorb(&below[j]);
                children += 1;
            }
        }
        if children > 1 {
            node.splits_at = (zoom + 1) as u8;
        }
        out.push(node);
    }
    out
}

/// Pins ready for clustering, built once when the pins change.
#[derive(Clone, Debug, Default)]
pub struct Index {
    /// `levels[z]`: the markers at zoom `z`, as a k-d tree; the last one, every pin on its own.
    /// Shared by an index and those [`Index::grow`] makes from it.
    levels: Arc<Vec<Vec<Node>>>,
    /// Pins added after the levels were built ([`Index::grow`]): each shows on its own, at
    /// every zoom, until the levels are built again.
    loose: Vec<Node>,
}

/// Two indexes are the same when they share their levels and have the same pins added (an
/// index built again from the same pins counts as new: comparing the levels would cost as much
/// as building them).
impl PartialEq for Index {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.levels, &other.levels) && self.loose == other.loose
    }
}

/// What to draw for one marker.
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
        /// The shallowest zoom at which these pins show as more than one marker.
        splits_at: f64,
    },
}

impl Index {
    /// Projects and clusters the pins; `kind` is below [`KINDS`] (larger values count as the
    /// last kind).
    pub fn new(pins: impl IntoIterator<Item = (LatLon, u8)>) -> Self {
        Self::with_radius(pins, RADIUS_PX)
    }

    /// [`Index::new`] with another merging radius (CSS pixels).
    fn with_radius(pins: impl IntoIterator<Item = (LatLon, u8)>, radius_px: f64) -> Self {
        let mut pins: Vec<Node> = pins
            .into_iter()
            .enumerate()
            .map(|(i, (p, kind))| Node::pin(i, to_world(p), kind))
            .collect();
        if pins.is_empty() {
            return Self::default();
        }
        sort_kd(&mut pins, 0);
        let mut levels = vec![Vec::new(); MAX_ZOOM + 2];
        levels[MAX_ZOOM + 1] = pins;
        for z in (0..=MAX_ZOOM).rev() {
            let radius = radius_px / world_size_px(z as f64);
            let mut nodes = cluster(&levels[z + 1], radius, z);
            sort_kd(&mut nodes, 0);
            levels[z] = nodes;
        }
        Self {
            levels: Arc::new(levels),
            loose: Vec::new(),
        }
    }

    /// The index for `now`, the pins of the list `before` was made from as they are now: when
    /// `now` is `was` (that list) with a few pins added at its end, `before` with those pins on
    /// their own ([`LOOSE_MAX`] in all); otherwise built anew.
    pub fn grow<T: PartialEq>(
        before: Option<&Index>,
        was: &[T],
        now: &[T],
        place: impl Fn(&T) -> (LatLon, u8),
    ) -> Index {
        match before {
            Some(index)
                if !index.levels.is_empty()
                    && index.len() == was.len()
                    && now.len() > was.len()
                    && index.loose.len() + now.len() - was.len() <= LOOSE_MAX
                    && now.starts_with(was) =>
            {
                let mut grown = index.clone();
                grown
                    .loose
                    .extend(now[was.len()..].iter().enumerate().map(|(i, p)| {
                        let (at, kind) = place(p);
                        Node::pin(was.len() + i, to_world(at), kind)
                    }));
                grown
            }
            Some(index) if index.len() == now.len() && now == was => index.clone(),
            _ => Index::new(now.iter().map(place)),
        }
    }

    /// How many pins were added after the levels were built (they show unclustered).
    pub fn loose(&self) -> usize {
        self.loose.len()
    }

    pub fn len(&self) -> usize {
        self.levels.last().map_or(0, Vec::len) + self.loose.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Markers for the pins in view (and a radius around it, so markers slide in from the edge),
    /// at the view's whole zoom level. Each pin is in exactly one marker, in a stable order.
    pub fn query(&self, view: &Viewport) -> Vec<Marker> {
        if self.is_empty() {
            return Vec::new();
        }
        let level = self
            .levels
            .get((view.zoom.max(0.0).floor() as usize).min(MAX_ZOOM + 1))
            .map_or(&[][..], Vec::as_slice);
        let size = world_size_px(view.zoom);
        let c = to_world(view.center);
        let (half_w, half_h) = (
            (view.width / 2.0 + 2.0 * RADIUS_PX) / size,
            (view.height / 2.0 + 2.0 * RADIUS_PX) / size,
        );
        let (lo, hi) = (
            World {
                x: c.x - half_w,
                y: c.y - half_h,
            },
            World {
                x: c.x + half_w,
                y: c.y + half_h,
            },
        );
        let mut found = Vec::new();
        search(
            level,
            lo,
            hi,
            |n| in_box(n, lo, hi),
            |i| found.push(&level[i]),
            &mut Vec::new(),
        );
        found.extend(self.loose.iter().filter(|n| in_box(n, lo, hi)));
        // A stable order, so keyed lists do not reshuffle.
        found.sort_unstable_by_key(|n| n.first);
        found.into_iter().map(Self::marker).collect()
    }

    fn marker(n: &Node) -> Marker {
        if n.count == 1 {
            return Marker::Single {
                index: n.first as usize,
            };
        }
        Marker::Cluster {
            count: n.count as usize,
            kinds: n.kinds.map(|k| k as usize),
            center: from_world(n.at),
            bounds: (
                from_world(World {
                    x: n.min.x,
                    y: n.max.y,
                }),
                from_world(World {
                    x: n.max.x,
                    y: n.min.y,
                }),
            ),
            splits_at: f64::from(n.splits_at),
        }
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

    /// `n` pins normal around Hengstdal with σ = 1.2 km, like the benchmark's neighbourhood.
    fn neighbourhood(n: usize, seed: u64) -> Vec<(LatLon, u8)> {
        let mut s = seed;
        let mut next = move || {
            s = s
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((s >> 11) as f64 + 0.5) / (1u64 << 53) as f64
        };
        (0..n)
            .map(|i| {
                let r = 1.2 * (-2.0 * next().ln()).sqrt();
                let a = std::f64::consts::TAU * next();
                let (north_km, east_km) = (r * a.sin(), r * a.cos());
                (
                    LatLon::new(
                        51.8125 + north_km / 111.2,
                        5.87 + east_km / (111.32 * 51.8125_f64.to_radians().cos()),
                    ),
                    (i % 3) as u8,
                )
            })
            .collect()
    }

    #[test]
    fn a_few_pins_added_join_the_built_index_on_their_own() {
        let place = |p: &(LatLon, u8)| *p;
        let mut pins = neighbourhood(3000, 7);
        let built = Index::grow(None, &[], &pins, place);
        assert_eq!((built.len(), built.loose()), (3000, 0));
        // The same pins again: the same index, nothing built.
        assert_eq!(Index::grow(Some(&built), &pins, &pins, place), built);
        let was = pins.clone();
        pins.push((LatLon::new(51.8125, 5.87), 2));
        pins.push((LatLon::new(51.8126, 5.8701), 0));
        let grown = Index::grow(Some(&built), &was, &pins, place);
        assert!(Arc::ptr_eq(&grown.levels, &built.levels), "not built again");
        assert_eq!((grown.len(), grown.loose()), (3002, 2));
        for z in [5.0, 12.0, 15.0, 19.0] {
            let markers = grown.query(&Viewport::new(LatLon::new(51.8125, 5.87), z, 1024.0, 768.0));
            assert_eq!(
                counted(&markers),
                counted(&built.query(&Viewport::new(LatLon::new(51.8125, 5.87), z, 1024.0, 768.0)))
                    + 2,
                "zoom {z}"
            );
            for new in [3000, 3001] {
                assert!(markers.contains(&Marker::Single { index: new }), "zoom {z}");
            }
        }
        // A pin moved (not at the end), or too many added since the build: built anew.
        let mut moved = pins.clone();
        moved[10].0 = LatLon::new(51.9, 5.9);
        let rebuilt = Index::grow(Some(&grown), &pins, &moved, place);
        assert!(!Arc::ptr_eq(&rebuilt.levels, &built.levels));
        assert_eq!((rebuilt.len(), rebuilt.loose()), (3002, 0));
        let mut many = pins.clone();
        many.extend(neighbourhood(LOOSE_MAX - 1, 8));
        let rebuilt = Index::grow(Some(&grown), &pins, &many, place);
        assert_eq!(rebuilt.loose(), 0);
        // From nothing built, a pin added builds (an empty index has no levels to add to).
        let first = Index::grow(Some(&Index::default()), &[], &pins[..1], place);
        assert_eq!((first.len(), first.loose()), (1, 0));
    }

    #[test]
    fn every_level_keeps_every_pin_and_its_kind() {
        let pins = neighbourhood(3000, 1);
        let index = Index::new(pins.clone());
        let mut want = [0u32; KINDS];
        for (_, k) in &pins {
            want[usize::from(*k)] += 1;
        }
        let mut above = usize::MAX;
        for (z, level) in index.levels.iter().enumerate() {
            let mut kinds = [0u32; KINDS];
            let mut count = 0;
            for n in level {
                assert_eq!(n.kinds.iter().sum::<u32>(), n.count, "zoom {z}");
                count += n.count;
                for (k, m) in kinds.iter_mut().zip(n.kinds) {
                    *k += m;
                }
            }
            assert_eq!((count, kinds), (3000, want), "zoom {z}");
            assert!(level.len() >= above || above == usize::MAX, "zoom {z}");
            above = level.len();
        }
        assert_eq!(index.levels[MAX_ZOOM + 1].len(), 3000);
        assert!(index.levels[10].len() < 20, "{}", index.levels[10].len());
    }

    #[test]
    fn the_tree_finds_what_a_scan_of_all_markers_finds() {
        let index = Index::new(neighbourhood(5000, 2));
        let mut s: u64 = 9;
        let mut next = move || {
            s = s
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (s >> 11) as f64 / (1u64 << 53) as f64
        };
        let c = to_world(LatLon::new(51.8125, 5.87));
        for z in [5, 12, 14, 15, 16, 18, 19] {
            let level = &index.levels[z];
            for _ in 0..50 {
                let (w, h) = (next() * 0.0003, next() * 0.0003);
                let lo = World {
                    x: c.x + (next() - 0.5) * 0.0004,
                    y: c.y + (next() - 0.5) * 0.0004,
                };
                let hi = World {
                    x: lo.x + w,
                    y: lo.y + h,
                };
                let mut tree = Vec::new();
                search(
                    level,
                    lo,
                    hi,
                    |n| in_box(n, lo, hi),
                    |i| tree.push(i),
                    &mut Vec::new(),
                );
                tree.sort_unstable();
                let scan: Vec<usize> = (0..level.len())
                    .filter(|&i| in_box(&level[i], lo, hi))
                    .collect();
                assert_eq!(tree, scan, "zoom {z}");
            }
        }
    }

    #[test]
    fn clustering_through_the_tree_equals_a_scan_of_all_pairs() {
        let mut pins: Vec<Node> = neighbourhood(1500, 3)
            .into_iter()
            .enumerate()
            .map(|(i, (p, k))| Node::pin(i, to_world(p), k))
            .collect();
        sort_kd(&mut pins, 0);
        for z in [12, 14, 16] {
            let radius = RADIUS_PX / world_size_px(z as f64);
            // The same greedy pass, each marker comparing itself with every other.
            let mut taken = vec![false; pins.len()];
            let mut brute = Vec::new();
            for i in 0..pins.len() {
                if taken[i] {
                    continue;
                }
                taken[i] = true;
                let mut node = pins[i];
                let mut children = 1;
                for j in 0..pins.len() {
                    let d = (pins[j].at.x - pins[i].at.x).hypot(pins[j].at.y - pins[i].at.y);
                    if !taken[j] && d <= radius {
                        taken[j] = true;
                        node.absorb(&pins[j]);
                        children += 1;
                    }
                }
                if children > 1 {
                    node.splits_at = (z + 1) as u8;
                }
                brute.push(node);
            }
            let fast = cluster(&pins, radius, z);
            assert_eq!(fast.len(), brute.len(), "zoom {z}");
            for (a, b) in fast.iter().zip(&brute) {
                assert_eq!((a.count, a.kinds, a.first), (b.count, b.kinds, b.first));
                assert!((a.at.x - b.at.x).abs() < 1e-12 && (a.at.y - b.at.y).abs() < 1e-12);
            }
        }
    }

    #[test]
    fn a_cluster_comes_apart_at_the_zoom_it_names() {
        let index = Index::new(neighbourhood(5000, 4));
        for z in [8, 12, 15] {
            for n in index.levels[z].iter().filter(|n| n.count > 1) {
                let at = usize::from(n.splits_at);
                assert!(at > z && at <= MAX_ZOOM + 1);
                // Whole on every level before, in two or more markers at `splits_at`.
                let whole = |level: &Vec<Node>| {
                    level
                        .iter()
                        .any(|m| m.first == n.first && m.count == n.count)
                };
                assert!((z..at).all(|l| whole(&index.levels[l])));
                assert!(!whole(&index.levels[at]));
            }
        }
    }

    #[test]
    fn markers_leave_most_of_the_map_free_at_zoom_15_with_5000_pins() {
        // The benchmark's case: a 1024 × 768 map on the middle of the neighbourhood. Markers are
        // drawn 44 × 47 px (pins, point at the bottom middle) and 48 × 48 px (clusters, centred).
        let pins = neighbourhood(5000, 5);
        let index = Index::new(pins.clone());
        let v = Viewport::new(LatLon::new(51.8125, 5.87), 15.0, 1024.0, 768.0);
        let (cols, rows) = (1024 / 4, 768 / 4);
        let mut covered = vec![false; cols * rows];
        for m in index.query(&v) {
            let (at, (dx, dy, w, h)) = match m {
                Marker::Single { index } => (pins[index].0, (-22.0, -47.0, 44.0, 47.0)),
                Marker::Cluster { center, .. } => (center, (-24.0, -24.0, 48.0, 48.0)),
            };
            let p = v.to_screen(at);
            let (x0, y0) = (p.x + dx, p.y + dy);
            for r in 0..rows {
                for c in 0..cols {
                    let (x, y) = (c as f64 * 4.0 + 2.0, r as f64 * 4.0 + 2.0);
                    if x >= x0 && x < x0 + w && y >= y0 && y < y0 + h {
                        covered[r * cols + c] = true;
                    }
                }
            }
        }
        let share = covered.iter().filter(|c| **c).count() as f64 / covered.len() as f64;
        assert!(
            share <= 0.20,
            "markers cover {:.0} % of the map",
            share * 100.0
        );
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
