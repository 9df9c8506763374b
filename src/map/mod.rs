//! Pure map logic: projection, viewport, tiles, input and the reducer. No browser here.

pub mod basemap;
pub mod cluster;
pub mod glide;
pub mod input;
pub mod layer;
pub mod mercator;
pub mod press;
pub mod start;
pub mod tiles;
pub mod view;
pub mod viewport;
