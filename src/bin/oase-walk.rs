//! The walk's bundle (see `oase::bundles`).
fn main() {
    oase::app::start(oase::bundles::walk);
}
