//! The shell's bundle: the map, the list and joining an event (see `oase::bundles`).
fn main() {
    oase::app::start(oase::bundles::shell);
}
