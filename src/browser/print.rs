//! The wijkplaat's two browser calls: dates with their year by the browser's `Intl`, and the
//! print dialogue.

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/browser/glue.js")]
extern "C" {
    #[wasm_bindgen(js_name = date_words)]
    fn date_words_js(iso: &str, lang: &str) -> String;
    #[wasm_bindgen(js_name = print_page)]
    fn print_page_js();
}

/// A day (`2026-11-23`) in words with its year in language `lang` (BCP 47): "23 november
/// 2026". An empty `iso` is today (in the device's time zone).
pub fn date_words(iso: &str, lang: &str) -> String {
    date_words_js(iso, lang)
}

/// Opens the browser's print dialogue (where "save as PDF" is).
pub fn print() {
    print_page_js();
}
