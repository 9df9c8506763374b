//! Form fields shared by the pages: a labelled text input, a checkbox bound to a signal, and
//! the button that opens a contribution's form and the one that takes it back.

use leptos::prelude::*;

/// A labelled one-line input bound to `value`.
pub fn text_field(
    value: RwSignal<String>,
    testid: &'static str,
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    kind: &'static str,
) -> impl IntoView {
    input_field(
        testid,
        label,
        kind,
        move || value.get(),
        move |v| value.set(v),
    )
}

/// A labelled one-line input showing `value` and handing each change to `set`.
pub fn input_field(
    testid: &'static str,
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    kind: &'static str,
    value: impl Fn() -> String + Send + Sync + 'static,
    set: impl Fn(String) + 'static,
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{label}</span>
            <input
                type=kind
                data-testid=testid
                autocomplete="off"
                prop:value=value
                on:input=move |ev| set(event_target_value(&ev))
            />
        </label>
    }
}

/// A checkbox with its words, bound to `checked`; `class` styles the label (`choice`, or the
/// kiosk's larger `kiosk-check`).
pub fn checkbox(
    checked: RwSignal<bool>,
    testid: &'static str,
    class: &'static str,
    label: impl IntoView + 'static,
) -> impl IntoView {
    view! {
        <label class=class>
            <input
                type="checkbox"
                data-testid=testid
                prop:checked=move || checked.get()
                on:change=move |ev| checked.set(event_target_checked(&ev))
            />
            <span>{label}</span>
        </label>
    }
}

/// The first file picked in the file input an event came from.
pub fn picked_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|i| i.files())
        .and_then(|f| f.get(0))
}

/// A form behind a button (a story, a pledge): the button (`testid`, `label`) until it is
/// pressed, then `form`.
pub fn form_behind_button<V: IntoView + 'static>(
    open: RwSignal<bool>,
    testid: &'static str,
    label: impl Fn() -> &'static str + Copy + Send + Sync + 'static,
    form: impl Fn() -> V + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <Show
            when=move || open.get()
            fallback=move || view! {
                <button type="button" class="button secondary" data-testid=testid on:click=move |_| open.set(true)>
                    {label}
                </button>
            }
        >
            {form()}
        </Show>
    }
}

/// The button that takes one's own contribution back.
pub fn remove_button(
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    remove: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <button type="button" class="link-button" on:click=move |_| remove()>
            {label}
        </button>
    }
}
