//! Browser tests: what needs a real browser (storage, the DOM, the mounted app).
//! Run with `cargo test --target wasm32-unknown-unknown --test browser` (headless Chromium).
#![cfg(target_arch = "wasm32")]

use oase::browser::{page, prefs};
use oase::domain::settings::Settings;
use oase::i18n::Lang;
use oase::map::start::SavedView;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

#[wasm_bindgen_test]
fn settings_survive_a_reload_through_local_storage() {
    let s = Settings {
        lang: Some(Lang::En),
        base_map: "osm".into(),
        ..Settings::default()
    };
    prefs::save_settings(&s);
    assert_eq!(prefs::load_settings(), s);
}

#[wasm_bindgen_test]
fn damaged_stored_settings_fall_back_to_defaults() {
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage");
    storage.set_item("oase.settings", "{broken").expect("write");
    assert_eq!(prefs::load_settings(), Settings::default());
    storage.set_item("oase.view", "[1,2]").expect("write");
    assert_eq!(prefs::load_view(), None);
}

#[wasm_bindgen_test]
fn the_view_is_remembered() {
    let v = SavedView {
        lat: 51.84,
        lon: 5.89,
        z: 15.5,
    };
    prefs::save_view(v);
    assert_eq!(prefs::load_view(), Some(v));
}

#[wasm_bindgen_test]
fn html_lang_follows_the_language() {
    page::set_document_lang(Lang::En);
    let root = document().document_element().expect("html");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
    page::set_document_lang(Lang::Nl);
    assert_eq!(root.get_attribute("lang").as_deref(), Some("nl"));
    assert!(!page::preferred_languages().is_empty());
}

#[wasm_bindgen_test]
async fn the_javascript_glue_module_answers() {
    use oase::browser::dav;
    let here = web_sys::window().expect("window").location();
    assert_eq!(page::origin(), here.origin().expect("origin"));
    assert!(dav::online());
    dav::sleep(1.0).await;
}

#[wasm_bindgen_test]
fn ids_are_version_4_uuids_also_without_random_uuid() {
    use oase::browser::clock;
    let v4 = |id: &str| {
        let b = id.as_bytes();
        id.len() == 36
            && [8, 13, 18, 23].iter().all(|&i| b[i] == b'-')
            && b[14] == b'4'
            && matches!(b[19], b'8' | b'9' | b'a' | b'b')
            && id
                .chars()
                .filter(|&c| c != '-')
                .all(|c| c.is_ascii_hexdigit())
    };
    let a = clock::new_id();
    assert!(v4(&a), "{a}");
    // As on a plain-http address, where crypto.randomUUID does not exist: the ids then come
    // from crypto.getRandomValues.
    let proto: js_sys::Object = js_sys::Reflect::get(&js_sys::global(), &"Crypto".into())
        .and_then(|c| js_sys::Reflect::get(&c, &"prototype".into()))
        .expect("Crypto.prototype")
        .unchecked_into();
    let key = wasm_bindgen::JsValue::from_str("randomUUID");
    let descriptor = js_sys::Object::get_own_property_descriptor(&proto, &key);
    assert!(js_sys::Reflect::delete_property(&proto, &key).expect("deleted"));
    let (b, c) = (clock::new_id(), clock::new_id());
    js_sys::Object::define_property(&proto, &key, descriptor.unchecked_ref());
    assert!(v4(&b) && v4(&c) && b != c && b != a, "{b} {c}");
    assert!(js_sys::Reflect::has(&proto, &key).expect("has"));
}

#[wasm_bindgen_test]
async fn the_app_mounts_a_map_with_its_view_attributes() {
    let host: web_sys::HtmlElement = document()
        .create_element("div")
        .expect("div")
        .dyn_into()
        .expect("an html element");
    host.style()
        .set_css_text("width:640px;height:480px;position:relative");
    document()
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let _handle = leptos::mount::mount_to(host.clone(), oase::App);
    // Let the router and the resize effect run.
    sleep(50).await;
    let map = host
        .query_selector("[data-testid=map]")
        .expect("query")
        .expect("the map is there");
    let zoom: f64 = map
        .get_attribute("data-zoom")
        .and_then(|z| z.parse().ok())
        .expect("zoom");
    assert!((3.0..=19.0).contains(&zoom));
    assert!(map.get_attribute("data-lat").is_some() && map.get_attribute("data-lon").is_some());
    assert!(host
        .query_selector(".attribution")
        .expect("query")
        .is_some());
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A blob of a `w` × `h` PNG drawn by the browser itself.
async fn png(w: u32, h: u32) -> web_sys::Blob {
    let canvas: web_sys::HtmlCanvasElement = document()
        .create_element("canvas")
        .expect("canvas")
        .dyn_into()
        .expect("a canvas");
    canvas.set_width(w);
    canvas.set_height(h);
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = canvas.to_blob(&resolve);
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("a blob")
        .dyn_into()
        .expect("a Blob")
}

#[wasm_bindgen_test]
async fn photos_are_shrunk_to_1600_px_and_re_encoded_as_jpeg() {
    use oase::browser::photo;
    let big = photo::resize(&png(3200, 1000).await)
        .await
        .expect("resized");
    assert_eq!(big.type_(), "image/jpeg");
    let window = web_sys::window().expect("window");
    let bitmap: web_sys::ImageBitmap = wasm_bindgen_futures::JsFuture::from(
        window
            .create_image_bitmap_with_blob(&big)
            .expect("decodable"),
    )
    .await
    .expect("decoded")
    .dyn_into()
    .expect("a bitmap");
    assert_eq!((bitmap.width(), bitmap.height()), (1600, 500));
    // A small photo is not enlarged; a file that is no image gives a plain error.
    assert_eq!(photo::fitted(640.0, 480.0), (640, 480));
    let text = web_sys::Blob::new_with_str_sequence(&js_sys::Array::of1(&"geen foto".into()))
        .expect("a blob");
    assert_eq!(
        photo::resize(&text).await.err(),
        Some(photo::PhotoError::NotAnImage)
    );
}

#[wasm_bindgen_test]
async fn a_pulled_photo_is_kept_only_as_a_jpeg_made_here() {
    use oase::store::repo::{IdbRepository, PinRepository};
    // An SVG "photo" would run its script as a same-origin document once shown from a blob:
    // URL; the canvas does not take it as a picture, so it is refused.
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let svg = web_sys::Blob::new_with_str_sequence_and_options(
        &js_sys::Array::of1(
            &"<svg xmlns='http://www.w3.org/2000/svg'><script>parent.__x=1</script></svg>".into(),
        ),
        &options,
    )
    .expect("a blob");
    assert!(IdbRepository.clean_photo(svg).await.is_none());
    // A real picture of any type comes back as a JPEG.
    let clean = IdbRepository
        .clean_photo(png(40, 30).await)
        .await
        .expect("a picture");
    assert_eq!(clean.type_(), "image/jpeg");
}

#[wasm_bindgen_test]
async fn pins_survive_closing_the_database_and_deletions_overwrite() {
    use oase::browser::idb;
    use oase::domain::pin::{Pin, PinKind};
    let now = "2026-11-25T10:00:00.000Z";
    let a = Pin {
        quote: "Je bent altijd vrij om je pad te kiezen".into(),
        symbol: Some("sun".into()),
        ..Pin::new(
            "11111111-0000-4000-8000-000000000001",
            PinKind::Place,
            51.837,
            5.887,
            now,
        )
        .expect("valid")
    };
    let b = Pin::new(
        "11111111-0000-4000-8000-000000000002",
        PinKind::Dream,
        51.84,
        5.89,
        now,
    )
    .expect("valid");
    idb::put_pins(&[a.clone(), b.clone()])
        .await
        .expect("stored");
    idb::close();
    let loaded = idb::load_pins().await.expect("loaded");
    assert!(loaded.contains(&a) && loaded.contains(&b));
    let gone = b.tombstone("2026-11-26T10:00:00.000Z");
    idb::put_pins(std::slice::from_ref(&gone))
        .await
        .expect("stored");
    let loaded = idb::load_pins().await.expect("loaded");
    assert_eq!(
        loaded.iter().filter(|p| p.id == b.id).collect::<Vec<_>>(),
        vec![&gone]
    );
}

#[wasm_bindgen_test]
async fn a_version_1_database_upgrades_and_keeps_its_pins() {
    use oase::browser::idb;
    use oase::domain::pin::{Pin, PinKind};
    let name = "oase-upgrade-test";
    let v1 = idb::open_named(name, 1).await.expect("version 1");
    assert!(!v1.object_store_names().contains("photos"));
    let pin = Pin::new(
        "22222222-0000-4000-8000-000000000001",
        PinKind::Beauty,
        51.837,
        5.887,
        "2026-11-25T10:00:00.000Z",
    )
    .expect("valid");
    idb::put_pins_to(&v1, std::slice::from_ref(&pin))
        .await
        .expect("stored");
    v1.close();
    let now = idb::open_named(name, idb::DB_VERSION)
        .await
        .expect("upgraded");
    assert!(now.object_store_names().contains("photos"));
    assert_eq!(idb::load_pins_from(&now).await.expect("loaded"), vec![pin]);
    now.close();
}

#[wasm_bindgen_test]
async fn the_outbox_is_written_with_the_pin_and_keeps_a_newer_edit() {
    use oase::browser::idb;
    use oase::domain::pin::{Pin, PinKind};
    let pin = Pin::new(
        "22222222-0000-4000-8000-000000000001",
        PinKind::Place,
        51.81,
        5.87,
        "2026-11-25T10:00:00.000Z",
    )
    .expect("valid");
    idb::put_pins_queued(std::slice::from_ref(&pin))
        .await
        .expect("stored");
    let (queue, _) = idb::outbox().await.expect("outbox");
    let queued = queue
        .iter()
        .find(|(id, _)| *id == pin.id)
        .map(|(_, q)| q.clone())
        .expect("queued with the pin");
    assert_eq!(
        (queued.version.as_str(), queued.attempts),
        (pin.updated_at.as_str(), 0)
    );
    // A failure counts an attempt; an edit while the upload was under way stays queued.
    idb::mark_failed(&pin.id, &queued).await.expect("counted");
    let edited = Pin {
        title: "Later".into(),
        updated_at: "2026-11-25T11:00:00.000Z".into(),
        ..pin.clone()
    };
    idb::put_pins_queued(std::slice::from_ref(&edited))
        .await
        .expect("stored");
    idb::mark_sent(&pin.id, &pin.updated_at)
        .await
        .expect("sent");
    let (queue, sent) = idb::outbox().await.expect("outbox");
    let still = queue
        .iter()
        .find(|(id, _)| *id == pin.id)
        .map(|(_, q)| q.version.clone());
    assert_eq!(still.as_deref(), Some("2026-11-25T11:00:00.000Z"));
    assert!(sent >= 1);
    idb::mark_sent(&pin.id, &edited.updated_at)
        .await
        .expect("sent");
    let (queue, _) = idb::outbox().await.expect("outbox");
    assert!(queue.iter().all(|(id, _)| *id != pin.id));
}
